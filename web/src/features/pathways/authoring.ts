import type { Pathway, PathwayAudience, PathwayBody, StepBody } from '#core/contracts/pathways';

/** The authoring form's state: each language in its own field, steps in order with a stable key. */
export type DraftStep =
  | { key: string; id?: string; kind: 'card'; cardId: string }
  | {
      key: string;
      id?: string;
      kind: 'task';
      titleEn: string;
      titleEs: string;
      instructionsEn: string;
      instructionsEs: string;
    };

export type PathwayDraft = {
  titleEn: string;
  titleEs: string;
  descriptionEn: string;
  descriptionEs: string;
  audience: PathwayAudience;
  /** '' for none. */
  initiativeId: string;
  steps: DraftStep[];
};

let counter = 0;
export const newKey = () => `step-${++counter}`;

export const emptyDraft = (): PathwayDraft => ({
  titleEn: '',
  titleEs: '',
  descriptionEn: '',
  descriptionEs: '',
  audience: 'new_teachers',
  initiativeId: '',
  steps: [],
});

export const emptyTask = (): DraftStep => ({
  key: newKey(),
  kind: 'task',
  titleEn: '',
  titleEs: '',
  instructionsEn: '',
  instructionsEs: '',
});

/** Text in the languages filled in; null when neither is. */
function texts(en: string, es: string) {
  const out: { en?: string; es?: string } = {};
  if (en.trim()) out.en = en.trim();
  if (es.trim()) out.es = es.trim();
  return out.en === undefined && out.es === undefined ? null : out;
}

export function toBody(draft: PathwayDraft): PathwayBody {
  const steps: StepBody[] = draft.steps.map((step) =>
    step.kind === 'card'
      ? { ...(step.id && { id: step.id }), kind: 'card', cardId: step.cardId }
      : {
          ...(step.id && { id: step.id }),
          kind: 'task',
          title: texts(step.titleEn, step.titleEs) ?? {},
          instructions: texts(step.instructionsEn, step.instructionsEs) ?? {},
        },
  );
  return {
    title: texts(draft.titleEn, draft.titleEs) ?? {},
    description: texts(draft.descriptionEn, draft.descriptionEs),
    audience: draft.audience,
    initiativeId: draft.initiativeId || null,
    steps,
  };
}

/** The form filled from a pathway as its author wrote it. */
export function fromPathway(pathway: Pathway): PathwayDraft {
  const source = pathway.source;
  if (!source) return emptyDraft();
  return {
    titleEn: source.title.en ?? '',
    titleEs: source.title.es ?? '',
    descriptionEn: source.description?.en ?? '',
    descriptionEs: source.description?.es ?? '',
    audience: pathway.audience,
    initiativeId: pathway.initiativeId ?? '',
    steps: source.steps.map((step) =>
      step.kind === 'card'
        ? { key: newKey(), id: step.id, kind: 'card', cardId: step.cardId ?? '' }
        : {
            key: newKey(),
            id: step.id,
            kind: 'task',
            titleEn: step.title?.en ?? '',
            titleEs: step.title?.es ?? '',
            instructionsEn: step.instructions?.en ?? '',
            instructionsEs: step.instructions?.es ?? '',
          },
    ),
  };
}

/*
 * Unsaved work is kept in this tab's session storage (as micro-credentials and reflections do), so
 * a failed save, an expired session or a reload never loses it. Keyed by the pathway ("new" for a new one).
 */
const keyFor = (id: string) => `conecta.pathway-draft.${id}`;

export function readStored(id: string): PathwayDraft | null {
  try {
    const raw = globalThis.sessionStorage?.getItem(keyFor(id));
    if (!raw) return null;
    const stored = JSON.parse(raw) as PathwayDraft;
    const ok = typeof stored.titleEn === 'string' && typeof stored.audience === 'string' && Array.isArray(stored.steps);
    // Fresh keys: this page's counter started again, so stored ones could collide with new steps.
    return ok ? { ...stored, steps: stored.steps.map((step) => ({ ...step, key: newKey() })) } : null;
  } catch {
    return null;
  }
}

export function store(id: string, draft: PathwayDraft): void {
  try {
    globalThis.sessionStorage?.setItem(keyFor(id), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the form still holds the text while the page is open.
  }
}

export function forget(id: string): void {
  try {
    globalThis.sessionStorage?.removeItem(keyFor(id));
  } catch {
    // Nothing to do.
  }
}
