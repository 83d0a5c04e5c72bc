import type { StepBody } from '../contracts/pathways';

export type StepProblem = { path: string; message: string };

/** A step as stored, in order: the id is kept across edits so completions stay attached. */
export type PlannedStep = StepBody & { position: number };

export type StepPlan = {
  /** Steps that keep their id (possibly moved or rewritten), with their new position. */
  keep: (PlannedStep & { id: string })[];
  /** New steps, with their position. */
  insert: PlannedStep[];
  /** Ids of existing steps left out: removed, with their completions. */
  remove: string[];
  errors: StepProblem[];
};

/**
 * Turns an edited, ordered list of steps into the changes to make: which existing steps stay (in
 * their new place), which are new, which go. An id that is not one of the pathway's steps, a step
 * listed twice, or the same card twice is a problem named by its path.
 */
export function planSteps(existing: readonly { id: string }[], incoming: readonly StepBody[]): StepPlan {
  const known = new Set(existing.map((step) => step.id));
  const seenIds = new Set<string>();
  const seenCards = new Set<string>();
  const errors: StepProblem[] = [];
  const keep: StepPlan['keep'] = [];
  const insert: PlannedStep[] = [];
  incoming.forEach((step, position) => {
    if (step.id !== undefined) {
      if (!known.has(step.id)) errors.push({ path: `steps.${position}.id`, message: 'Not a step of this pathway.' });
      else if (seenIds.has(step.id)) errors.push({ path: `steps.${position}.id`, message: 'List each step once.' });
      seenIds.add(step.id);
    }
    if (step.kind === 'card') {
      if (seenCards.has(step.cardId))
        errors.push({ path: `steps.${position}.cardId`, message: 'This card is already a step.' });
      seenCards.add(step.cardId);
    }
    if (step.id !== undefined && known.has(step.id)) keep.push({ ...step, id: step.id, position });
    else insert.push({ ...step, position });
  });
  const remove = existing.filter((step) => !seenIds.has(step.id)).map((step) => step.id);
  return { keep, insert, remove, errors };
}

/** Moves the item at `index` one place up (-1) or down (+1); out of range leaves the list as it was. */
export function moveStep<T>(items: readonly T[], index: number, direction: -1 | 1): T[] {
  const target = index + direction;
  const copy = [...items];
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return copy;
  [copy[index], copy[target]] = [copy[target] as T, copy[index] as T];
  return copy;
}

/** Removes the item at `index`. */
export function removeStep<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, at) => at !== index);
}

/** Why a pathway cannot move to a status, or null when it may. */
export function statusProblem(
  from: 'draft' | 'published' | 'archived',
  to: 'draft' | 'published' | 'archived',
  stepCount: number,
): string | null {
  if (to === 'published' && stepCount === 0) return 'Add at least one step before publishing.';
  if (from === 'archived' && to === 'draft') return 'Publish an archived pathway again, or leave it archived.';
  return null;
}
