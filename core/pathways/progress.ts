import type { Progress } from '../contracts/pathways';
import { MIN_GROUP } from '../impact/suppression';

/** A learner's progress: the pathway's steps they completed, out of all its steps (removed steps do not count). */
export function progressOf(stepIds: readonly string[], completedStepIds: Iterable<string>): Progress {
  const done = new Set(completedStepIds);
  return { completed: stepIds.filter((id) => done.has(id)).length, total: stepIds.length };
}

/** A share from 0 to 100, rounded down so "100 %" means every step. */
export function percentOf({ completed, total }: Progress): number {
  return total === 0 ? 0 : Math.floor((completed * 100) / total);
}

/** Per step, how many enrolled learners completed it (completions of people no longer enrolled are left out). */
export function stepCounts(
  stepIds: readonly string[],
  completions: readonly { stepId: string; userId: string }[],
  enrolled: ReadonlySet<string>,
): Map<string, number> {
  const counts = new Map(stepIds.map((id) => [id, 0]));
  for (const { stepId, userId } of completions) {
    const count = counts.get(stepId);
    if (count !== undefined && enrolled.has(userId)) counts.set(stepId, count + 1);
  }
  return counts;
}

/** Text in the reader's language, or the other one when it was written in only one. */
export function localized(
  text: { en?: string | undefined; es?: string | undefined } | null | undefined,
  locale: 'en' | 'es',
): string | null {
  if (!text) return null;
  return text[locale] ?? text[locale === 'en' ? 'es' : 'en'] ?? null;
}

/**
 * Per-step counts as an author may see them: none (null each) while fewer than MIN_GROUP people
 * follow the pathway, so a count never points at one person (growth, not surveillance).
 */
export function shownStepCounts(counts: ReadonlyMap<string, number>, enrolled: number): Map<string, number | null> {
  const shown = enrolled >= MIN_GROUP;
  return new Map([...counts].map(([id, n]) => [id, shown ? n : null]));
}
