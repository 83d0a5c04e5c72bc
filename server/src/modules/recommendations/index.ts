export { triedFactsFrom } from './impact-facts';
export { createWeeklyRecommendations, recommendationJobs } from './recommendations.jobs';
export { recommendationsRoutes } from './recommendations.routes';
export { createRecommendationsService } from './recommendations.service';
