import type { MetricDefinition } from './metrics';

/** Whether a value reaches its target, in the metric's direction (null when either is missing). */
export function meetsTarget(
  metric: Pick<MetricDefinition, 'direction'>,
  value: number | null,
  target: number | null,
): boolean | null {
  if (value === null || target === null) return null;
  return metric.direction === 'up' ? value >= target : value <= target;
}
