import type { LessonPlanDraft, LessonSegment } from '#core/contracts/lesson-plans';
import type { LessonPlan } from '#core/contracts/planning';

/** What the editor holds: the plan as the teacher writes it, without the server's bookkeeping. */
export type PlanDraft = LessonPlanDraft;

export function toDraft(plan: LessonPlan | PlanDraft): PlanDraft {
  const {
    id: _id,
    ownerId: _owner,
    version: _version,
    status: _status,
    createdAt: _created,
    updatedAt: _updated,
    savedAt: _saved,
    ...draft
  } = plan as LessonPlan & { savedAt?: string };
  return draft;
}

/** A copy of a plan for another lesson: same teaching, new date and class, private again, no "why" history lost. */
export function copyOf(
  plan: LessonPlan | PlanDraft,
  target: { classId: string | null; date: string | null; periodMinutes?: number | null },
): PlanDraft {
  return {
    ...toDraft(plan),
    classId: target.classId,
    date: target.date,
    periodMinutes: target.periodMinutes ?? plan.periodMinutes ?? null,
    visibility: 'private',
  };
}

export const totalMinutes = (segments: readonly Pick<LessonSegment, 'minutes'>[]) =>
  segments.reduce((sum, segment) => sum + (segment.minutes ?? 0), 0);

/** Blank rows are how the editor offers "add another"; they are not part of the plan the server keeps. */
const filled = (values: readonly string[] | undefined) => values?.filter((value) => value.trim() !== '');

export function forSaving(draft: PlanDraft): PlanDraft {
  const rationale = Object.fromEntries(Object.entries(draft.rationale ?? {}).filter(([, note]) => note.trim() !== ''));
  return {
    ...draft,
    objectives: filled(draft.objectives) ?? [],
    successCriteria: filled(draft.successCriteria),
    standards: filled(draft.standards),
    materials: filled(draft.materials),
    supports: draft.supports?.filter(
      (support) => support.description.trim() !== '' || (support.for ?? '').trim() !== '',
    ),
    rationale,
  };
}

/**
 * Moves one item of a list and keeps the "why" notes attached to the items they explain:
 * notes are keyed by path ("segments[2]", "segments[2].grouping"), so the indexes move too.
 */
export function moveInList<T>(
  draft: PlanDraft,
  field: 'segments' | 'objectives' | 'successCriteria' | 'supports',
  from: number,
  to: number,
): PlanDraft {
  const list = [...((draft[field] ?? []) as T[])];
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return draft;
  const [item] = list.splice(from, 1);
  list.splice(to, 0, item as T);
  const newIndex = (old: number) => {
    if (old === from) return to;
    if (from < to && old > from && old <= to) return old - 1;
    if (from > to && old >= to && old < from) return old + 1;
    return old;
  };
  return { ...draft, [field]: list, rationale: remapRationale(draft.rationale, field, newIndex) };
}

/** Removes one item; its "why" notes go with it and later notes shift up. */
export function removeFromList(
  draft: PlanDraft,
  field: 'segments' | 'objectives' | 'successCriteria' | 'supports' | 'standards' | 'materials',
  index: number,
): PlanDraft {
  const list = [...((draft[field] ?? []) as unknown[])];
  list.splice(index, 1);
  return {
    ...draft,
    [field]: list,
    rationale: remapRationale(draft.rationale, field, (old) => (old === index ? null : old > index ? old - 1 : old)),
  };
}

function remapRationale(
  rationale: PlanDraft['rationale'],
  field: string,
  map: (oldIndex: number) => number | null,
): PlanDraft['rationale'] {
  if (!rationale) return rationale;
  const pattern = new RegExp(`^${field}\\[(\\d+)\\](.*)$`);
  const next: Record<string, string> = {};
  for (const [key, note] of Object.entries(rationale)) {
    const match = pattern.exec(key);
    if (!match) {
      next[key] = note;
      continue;
    }
    const target = map(Number(match[1]));
    if (target !== null) next[`${field}[${target}]${match[2]}`] = note;
  }
  return next;
}
