export { type DistrictIndicators, type DistrictMetric, districtIndicatorsFrom } from './district-indicators';
export { IMPACT_JOBS, impactJobs } from './impact.jobs';
export { createRefresh, type ImpactReaders, type Refresh } from './impact.refresh';
export { impactRoutes } from './impact.routes';
export { createImpactService, type ImpactService } from './impact.service';
export { createDashboardViews } from './impact.views';
export { type InitiativeExists, initiativeExistsFrom } from './initiative-lookup';
export { targetPracticesFrom } from './target-practices';
