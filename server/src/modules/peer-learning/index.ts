export { peerLearningRoutes } from './peer-learning.routes';
export { createPeerLearningService, type PeerLearningService } from './peer-learning.service';
export { type PeerCandidate, type PeerCandidates, peerCandidatesFrom } from './recommendation-candidates';
