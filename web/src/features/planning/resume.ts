import type { LessonPlan } from '#core/contracts/planning';
import type { LocalDraft } from './draftStore';
import { forSaving, type PlanDraft, toDraft } from './planDraft';

export type Resume =
  | { kind: 'server'; plan: LessonPlan }
  /** Text typed on this device that the server does not have yet, written on the current version: save it. */
  | { kind: 'local'; plan: LessonPlan; draft: PlanDraft; baseVersion: number }
  /** Text typed here on top of a version someone has since replaced: the teacher chooses. */
  | { kind: 'conflict'; plan: LessonPlan; mine: PlanDraft; theirs: LessonPlan }
  | { kind: 'none' };

const same = (a: PlanDraft, b: PlanDraft) => JSON.stringify(forSaving(a)) === JSON.stringify(forSaving(b));

/** What the editor opens with, given the server's plan (null when offline) and the device's draft. */
export function resumeFrom(server: LessonPlan | null, local: LocalDraft | null): Resume {
  if (!server)
    return local
      ? { kind: 'local', plan: local.base, draft: local.draft, baseVersion: local.baseVersion }
      : { kind: 'none' };
  if (!local || same(local.draft, toDraft(server))) return { kind: 'server', plan: server };
  if (local.baseVersion === server.version)
    return { kind: 'local', plan: server, draft: local.draft, baseVersion: server.version };
  return { kind: 'conflict', plan: server, mine: local.draft, theirs: server };
}
