export { type PlanReader, planReaderFrom } from './plan-reader';
export { planningRoutes } from './planning.routes';
export { createPlanningService } from './planning.service';
