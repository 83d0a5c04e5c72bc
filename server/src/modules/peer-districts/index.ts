export { PEER_DISTRICTS_JOBS, peerDistrictsJobs } from './peer-districts.jobs';
export { peerDistrictsRoutes } from './peer-districts.routes';
export {
  createPeerDistrictsService,
  type IndicatorReader,
  type PeerDistrictsService,
} from './peer-districts.service';
