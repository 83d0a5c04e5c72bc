export {
  CPL_INDICATOR_KEYS,
  CPL_INDICATORS,
  type CplIndicatorDefinition,
  type CplIndicatorKey,
  cplIndicatorByKey,
  schoolYearOf,
  schoolYearSpan,
} from './indicators';
export {
  CPL_DOMAINS,
  CPL_INSTRUMENT,
  CPL_ITEM_IDS,
  CPL_ITEMS,
  CPL_MAX,
  CPL_MIN,
  CPL_SCALE,
  CPL_VERSION,
  type CplDomain,
  type CplDomainDefinition,
  type CplItem,
  type CplSubDimension,
  isCplItemId,
  type Localized,
} from './instrument';
export { CPL_NEXT_STEPS, nextStepsFor } from './next-steps';
export {
  bandOf,
  CPL_BANDS,
  CPL_CUTS,
  type CplAnswers,
  type CplBand,
  type CplDomainScore,
  type CplScore,
  type CplSubScore,
  cleanAnswers,
  MIN_ANSWERED_SHARE,
  scoreCpl,
} from './scoring';
