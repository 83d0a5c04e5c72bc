export { type ObserverOfPlan, observerOfPlanFrom } from './attached-plans';
export { coachingRoutes } from './coaching.routes';
export { type ActiveCyclesOf, createCoachingService } from './coaching.service';
export { observationsRoutes } from './observations.routes';
export { createObservationsService } from './observations.service';
export { observedVisitSnapshotFrom } from './observed-visit-snapshot';

import type { Db } from '../../db/client';
import { observationsRepo } from './observations.repo';

/** For the follow-up reminder job (notifications), injected in api.ts: open visits whose follow-up falls between two days. */
export const followUpsDueFrom = (db: Db) => (from: string, until: string) =>
  observationsRepo.followUpsDue(db, from, until);
export { followUpFactsFrom } from './impact-facts';
export { type OpenActionSteps, openActionStepsFrom } from './open-action-steps';
