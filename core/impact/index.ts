export { BOM, csvCell, toCsv } from './csv';
export {
  monthOf,
  type SourceBatch,
  type SourceFact,
  type SourceReader,
  touchedWeeks,
  weekOf,
  withinTouched,
} from './facts';
export {
  type Combine,
  GUSKEY_LEVELS,
  type GuskeyLevel,
  IMPACT_SOURCES,
  type ImpactSource,
  METRIC_IDS,
  METRICS,
  type MetricDefinition,
  type MetricId,
  metricById,
  metricsOfLevel,
  metricsOfSource,
} from './metrics';
export { PULSE_ITEM_IDS, PULSE_ITEMS, type PulseItem, pulseItemById } from './pulse-bank';
export { MIN_GROUP, type RawCell, type ShownCell, suppressBreakdown, suppressCell } from './suppression';
export { meetsTarget } from './targets';
