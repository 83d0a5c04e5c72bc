export { type CarryForward, carryForwardFrom } from './carry-forward';
export { reflectionDepthFactsFrom } from './impact-facts';
export { type RecentReflections, recentReflectionsFrom } from './recent-themes';
export { reflectionSnapshotFrom } from './reflection-snapshot';
export { reflectionsRoutes } from './reflections.routes';
export { createReflectionsService } from './reflections.service';
