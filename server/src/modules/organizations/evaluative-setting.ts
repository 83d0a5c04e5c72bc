import type { Db } from '../../db/client';
import { organizationsRepo } from './organizations.repo';

/** For the observations module: whether a district has turned evaluative observations on. */
export const evaluativeTurnedOnFrom = (db: Db) => async (organizationId: string) =>
  (await organizationsRepo.organization(db, organizationId))?.evaluativeObservations ?? false;
