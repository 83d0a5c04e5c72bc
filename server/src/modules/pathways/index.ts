export { pathwaysRoutes } from './pathways.routes';
export { createPathwaysService, type PathwaysService } from './pathways.service';
export { type PathwayCandidate, type PathwayCandidates, pathwayCandidatesFrom } from './recommendation-candidates';
