export {
  COARSEN_STEPS,
  type CoarsenUnit,
  coarsen,
  compareIndicators,
  type IndicatorComparison,
  MIN_PEERS,
  MIN_PEOPLE,
  type PeerIndicator,
  type PeerStats,
  quantile,
  type Standing,
  standingOf,
  stepOfKey,
} from './comparison';
export {
  CONTEXT_LIMITS,
  contextProblems,
  type DistrictContext,
  URBANICITIES,
  type Urbanicity,
  urbanicityOfLocaleCode,
} from './context';
export { schoolYearOf, schoolYearSpan } from './school-year';
export { contextDistance, PEER_GROUP, type PeerCandidate, pickPeers } from './similarity';
