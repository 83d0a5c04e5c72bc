export { planPracticeFactsFrom } from './impact-facts';
export { type PlanReader, planReaderFrom } from './plan-reader';
export { planSnapshotFrom } from './plan-snapshot';
export { planningRoutes } from './planning.routes';
export { createPlanningService } from './planning.service';
export { type CreatedPlan, type PlansCreatedIn, plansCreatedInFrom } from './plans-created';
export { type OwnPlans, ownPlansFrom, type RecentPlanInsights, recentPlanInsightsFrom } from './recent-insights';
