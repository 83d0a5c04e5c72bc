import type { Db } from '../../db/client';
import { cyclesRepo } from './cycles.repo';

/**
 * A coach's open cycles, by teacher: what the coach's caseload shows beside each teacher. For the
 * coaching views, injected so they do not import this module's internals.
 */
export type ActiveCycles = (
  organizationId: string,
  coachId: string,
) => Promise<Map<string, { id: string; goal: string }>>;

export const activeCyclesFrom =
  (db: Db): ActiveCycles =>
  async (organizationId, coachId) => {
    const rows = await cyclesRepo.openCyclesOfCoach(db, organizationId, coachId);
    return new Map(rows.map((row) => [row.teacherId, { id: row.id, goal: row.goal }]));
  };
