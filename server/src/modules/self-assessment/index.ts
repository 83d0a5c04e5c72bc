export { type CplIndicatorDeps, type CplIndicators, cplIndicatorsFrom, type Indicator } from './indicators';
export { selfAssessmentRoutes } from './self-assessment.routes';
export { createSelfAssessmentService, type SelfAssessmentService } from './self-assessment.service';
