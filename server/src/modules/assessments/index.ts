export { type AssessmentResultsOf, assessmentResultsFrom } from './assessments.results';
export { assessmentsRoutes } from './assessments.routes';
export { type AssessmentsService, createAssessmentsService } from './assessments.service';
export { assessmentFactsFrom } from './impact-facts';
