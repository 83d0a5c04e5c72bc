export { observationsRoutes } from './observations.routes';
export { createObservationsService } from './observations.service';
