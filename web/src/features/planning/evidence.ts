import type { PlanDraft } from './planDraft';

/**
 * Insight evidence points into the plan with a path ("objectives[0]", "segments[2].checkForUnderstanding.question").
 * These helpers find what the teacher wrote there, and the words inside it that the insight is about.
 */
export function valueAt(draft: PlanDraft, path: string): unknown {
  let current: unknown = draft;
  for (const part of path.match(/[^.[\]]+/g) ?? []) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

export const textAt = (draft: PlanDraft, path: string): string | null => {
  const value = valueAt(draft, path);
  return typeof value === 'string' ? value : null;
};

/** The DOM id the editor gives the control for a path, so "show in plan" can focus it. */
export const controlId = (path: string) => `plan-${path.replace(/[^a-zA-Z0-9]+/g, '-').replace(/-$/, '')}`;

/** The top-level part of a path ("segments[2].minutes" → "segments[2]"), for outlining a whole item. */
export const itemOf = (path: string) => /^[a-zA-Z]+(\[\d+\])?/.exec(path)?.[0] ?? path;
