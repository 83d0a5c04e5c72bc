import type { Db } from '../../db/client';
import { coachingRepo } from './coaching.repo';

/**
 * A teacher's shared action steps that are not done yet, with the cards they point at (the step's
 * own and its practice's). Evaluative visits never count. Injected into recommendations.
 */
export type OpenActionSteps = (
  organizationId: string,
  teacherId: string,
  limit: number,
) => Promise<
  {
    id: string;
    text: string;
    dueOn: string | null;
    resourceIds: string[];
    /** The step's framework practice, when it names one. */
    practice: { code: string; builtIn: boolean } | null;
  }[]
>;

export const openActionStepsFrom =
  (db: Db): OpenActionSteps =>
  async (organizationId, teacherId, limit) =>
    (await coachingRepo.openActionSteps(db, organizationId, teacherId, limit)).map((row) => ({
      id: row.observation_id,
      text: row.action_step_text,
      dueOn: row.follow_up_due,
      resourceIds: row.resource_ids,
      practice: row.practice_code ? { code: row.practice_code, builtIn: row.practice_built_in === true } : null,
    }));
