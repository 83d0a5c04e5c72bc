export { type CarryForward, carryForwardFrom } from './carry-forward';
export { reflectionsRoutes } from './reflections.routes';
export { createReflectionsService } from './reflections.service';
