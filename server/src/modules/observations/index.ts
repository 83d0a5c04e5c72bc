export { type ObserverOfPlan, observerOfPlanFrom } from './attached-plans';
export { observationsRoutes } from './observations.routes';
export { createObservationsService } from './observations.service';
