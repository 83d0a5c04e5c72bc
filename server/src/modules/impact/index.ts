export { IMPACT_JOBS, impactJobs } from './impact.jobs';
export { createRefresh, type ImpactReaders, type Refresh } from './impact.refresh';
export { impactRoutes } from './impact.routes';
export { createImpactService, type ImpactService } from './impact.service';
export { targetPracticesFrom } from './target-practices';
