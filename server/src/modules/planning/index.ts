export { planningRoutes } from './planning.routes';
export { createPlanningService } from './planning.service';
