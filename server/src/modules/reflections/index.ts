export { type CarryForward, carryForwardFrom } from './carry-forward';
export { reflectionSnapshotFrom } from './reflection-snapshot';
export { reflectionsRoutes } from './reflections.routes';
export { createReflectionsService } from './reflections.service';
