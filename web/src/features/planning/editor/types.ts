import type { PlanDraft } from '../planDraft';

/** What every editor section receives: the draft, a way to change it, and which paths insights point at. */
export interface SectionProps {
  draft: PlanDraft;
  update: (change: (draft: PlanDraft) => PlanDraft) => void;
  /** Paths named by the current insights' evidence ("objectives[0]", "segments[2]"), outlined in the editor. */
  flagged: ReadonlySet<string>;
}

export const isFlagged = (flagged: ReadonlySet<string>, path: string) => flagged.has(path);
