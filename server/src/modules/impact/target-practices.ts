import type { Db } from '../../db/client';
import { impactRepo } from './impact.repo';

/** For planning's impact reader (injected): the practices the tenant's active initiatives target. */
export const targetPracticesFrom = (db: Db) => (organizationId: string) =>
  impactRepo.activeTargetPractices(db, organizationId);
