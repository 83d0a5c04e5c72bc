import type { Db } from '../../db/client';
import { impactRepo } from './impact.repo';

/** Whether an initiative id is one of the district's: for modules that link to one (pathways). */
export type InitiativeExists = (organizationId: string, id: string) => Promise<boolean>;

export const initiativeExistsFrom =
  (db: Db): InitiativeExists =>
  async (organizationId, id) =>
    (await impactRepo.find(db, organizationId, id)) !== null;
