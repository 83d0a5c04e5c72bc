import {
  CREDENTIAL_LIMITS,
  EVIDENCE_KINDS,
  type EvidenceKind,
  MicroCredentialBody,
  type MicroCredentialSource,
} from '#core/contracts/credentials';
import type { LocalizedText } from '#core/contracts/frameworks';
import type { Errors } from '../../lib/validate';

/*
 * The micro-credential editor's state, kept apart from React so it can be tested and stored.
 * Text is held for both languages (empty strings for the one not written); the body sent to the
 * server drops empty languages, as the contract's LocalizedText expects. Field paths match the
 * body's ("requirements.0.prompt.en"), so the server's problem paths land on the same controls.
 */

export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];
export type Text = Record<Lang, string>;

export type RequirementState = { id: string; kind: EvidenceKind; prompt: Text; count: number };
export type CriterionState = { id: string; name: Text; levels: Text[]; passLevel: number };

export type AuthoringState = {
  /** The languages the author writes in (at least one). */
  langs: Lang[];
  title: Text;
  description: Text;
  competency: Text;
  keyMethod: Text;
  requirements: RequirementState[];
  rubric: CriterionState[];
};

export const CONTENT_KEYS = ['competency', 'keyMethod', 'requirements', 'rubric'] as const;

const blank = (): Text => ({ en: '', es: '' });
const textOf = (value: LocalizedText | undefined): Text => ({ en: value?.en ?? '', es: value?.es ?? '' });

/** The next free short key with this prefix ("r1", "r2"…): authors never type keys. */
export function nextKey(prefix: string, taken: { id: string }[]): string {
  const ids = new Set(taken.map((item) => item.id));
  let n = 1;
  while (ids.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

export function newRequirement(taken: { id: string }[], kind: EvidenceKind = 'plan'): RequirementState {
  return { id: nextKey('r', taken), kind, prompt: blank(), count: 1 };
}

export function newCriterion(taken: { id: string }[]): CriterionState {
  return { id: nextKey('c', taken), name: blank(), levels: [blank(), blank(), blank()], passLevel: 1 };
}

export function emptyState(lang: Lang): AuthoringState {
  const requirement = newRequirement([]);
  return {
    langs: [lang],
    title: blank(),
    description: blank(),
    competency: blank(),
    keyMethod: blank(),
    requirements: [requirement],
    rubric: [newCriterion([])],
  };
}

/** An existing micro-credential, as its editor starts. */
export function stateFromSource(source: MicroCredentialSource): AuthoringState {
  const all: LocalizedText[] = [
    source.title,
    source.description,
    source.competency,
    source.keyMethod,
    ...source.requirements.map((r) => r.prompt),
    ...source.rubric.flatMap((c) => [c.name, ...c.levels]),
  ];
  const langs = LANGS.filter((lang) => all.some((text) => text[lang]?.trim()));
  return {
    langs: langs.length > 0 ? langs : ['en'],
    title: textOf(source.title),
    description: textOf(source.description),
    competency: textOf(source.competency),
    keyMethod: textOf(source.keyMethod),
    requirements: source.requirements.map((r) => ({
      id: r.id,
      kind: r.kind,
      prompt: textOf(r.prompt),
      count: r.count,
    })),
    rubric: source.rubric.map((c) => ({
      id: c.id,
      name: textOf(c.name),
      levels: c.levels.map(textOf),
      passLevel: c.passLevel,
    })),
  };
}

/** Only the chosen languages, and only what was written: `{}` when nothing was (the server says which). */
function localized(text: Text, langs: Lang[]): LocalizedText {
  const value: LocalizedText = {};
  for (const lang of langs) if (text[lang].trim()) value[lang] = text[lang].trim();
  return value;
}

export function toBody(state: AuthoringState) {
  const l = (text: Text) => localized(text, state.langs);
  return {
    title: l(state.title),
    description: l(state.description),
    competency: l(state.competency),
    keyMethod: l(state.keyMethod),
    requirements: state.requirements.map((r) => ({ id: r.id, kind: r.kind, prompt: l(r.prompt), count: r.count })),
    rubric: state.rubric.map((c) => ({ id: c.id, name: l(c.name), levels: c.levels.map(l), passLevel: c.passLevel })),
  };
}

/**
 * The contract's own schema decides; each problem becomes an i18n key on the field it names
 * (a missing text lands on its first chosen language's control).
 */
export function check(state: AuthoringState): Errors {
  const errors: Errors = {};
  if (state.langs.length === 0) errors.langs = 'credentials:author.errors.langs';
  const result = MicroCredentialBody.safeParse(toBody(state));
  if (result.success) return errors;
  const first = state.langs[0] ?? 'en';
  for (const issue of result.error.issues) {
    const path = issue.path.map(String);
    const last = path.at(-1);
    let field = path.join('.');
    let key = 'credentials:author.errors.invalid';
    if (issue.code === 'custom' && last === 'passLevel') key = 'credentials:author.errors.passLevel';
    else if (issue.code === 'custom' && (last === 'requirements' || last === 'rubric'))
      key = 'credentials:author.errors.unique';
    else if (issue.code === 'custom' || (issue.code === 'too_small' && issue.origin === 'string')) {
      // A text given in no language: shown on the first language's control.
      key = 'common:validation.required';
      if (!LANGS.includes(last as Lang)) field = `${field}.${first}`;
    } else if (issue.code === 'too_big' && issue.origin === 'string') key = 'credentials:author.errors.tooLong';
    else if (issue.code === 'too_small' && issue.origin === 'array') key = 'credentials:author.errors.tooFew';
    else if (issue.code === 'too_big' && issue.origin === 'array') key = 'credentials:author.errors.tooMany';
    if (!(field in errors)) errors[field] = key;
  }
  return errors;
}

export const LIMITS = CREDENTIAL_LIMITS;
export const KINDS = EVIDENCE_KINDS;

/** Moves one item of a list up (-1) or down (+1); out of range leaves it alone. */
export function move<T>(items: T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= items.length) return items;
  const next = [...items];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/*
 * Unsaved work is kept in this tab's session storage (as reflections do), so a failed save, an
 * expired session or a reload never loses it. Keyed by the micro-credential ("new" for a new one).
 */
const keyFor = (id: string) => `conecta.credential-draft.${id}`;

export function readStored(id: string): AuthoringState | null {
  try {
    const raw = globalThis.sessionStorage?.getItem(keyFor(id));
    if (!raw) return null;
    const stored = JSON.parse(raw) as AuthoringState;
    const ok =
      Array.isArray(stored.langs) &&
      Array.isArray(stored.requirements) &&
      Array.isArray(stored.rubric) &&
      typeof stored.title?.en === 'string';
    return ok ? stored : null;
  } catch {
    return null;
  }
}

export function store(id: string, state: AuthoringState): void {
  try {
    globalThis.sessionStorage?.setItem(keyFor(id), JSON.stringify(state));
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
