export { type ArtefactSnapshot, artefactSnapshots } from './artefacts';
export { communityJobs } from './communities.jobs';
export { communitiesRoutes } from './communities.routes';
export { type CommunitiesService, createCommunitiesService } from './communities.service';
export {
  type CommunityCandidate,
  type CommunityCandidates,
  communityCandidatesFrom,
} from './recommendation-candidates';
