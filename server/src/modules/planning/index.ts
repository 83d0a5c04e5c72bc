export { type PlanReader, planReaderFrom } from './plan-reader';
export { planSnapshotFrom } from './plan-snapshot';
export { planningRoutes } from './planning.routes';
export { createPlanningService } from './planning.service';
