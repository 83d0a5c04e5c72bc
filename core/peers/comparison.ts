/**
 * The comparison itself: per indicator, the peer group's median and middle half (25th–75th
 * percentile) and where the district stands. Anonymity rules (docs/adr/0008-districts-like-yours.md):
 * - a peer's indicator resting on fewer than MIN_PEOPLE people is left out, as if it had no value;
 * - an indicator is compared only when at least MIN_PEERS peer districts have a value for it;
 * - only the median and the quartiles leave, each coarsened (`coarsen`) to its unit's step, never
 *   a count of districts, a single district's value, its id or its name.
 * The guarantee (tested): every published statistic is a whole multiple of its unit's step
 * (`COARSEN_STEPS`), so it equals a district's exact value only when that value already sat on the
 * step, where it is indistinguishable from any other value rounding to it.
 */
import { cplIndicatorByKey } from '../cpl/indicators';

export const MIN_PEERS = 5;
export const MIN_PEOPLE = 5;

export type PeerIndicator = { key: string; domain: string; value: number | null; people: number };
export type PeerStats = { median: number; low: number; high: number };
export type Standing = 'below' | 'within' | 'above';
export type IndicatorComparison = {
  key: string;
  domain: string;
  /** The district's own value; null when it rests on fewer than MIN_PEOPLE people or is missing. */
  yours: number | null;
  /** Null when fewer than MIN_PEERS peer districts have a usable value. */
  peers: PeerStats | null;
  standing: Standing | null;
};

/** Quantile by linear interpolation between order statistics (R type 7) of a sorted list. */
export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/**
 * The rounding step of each unit: shares to five percentage points, minutes to 10, days to 1,
 * counts (visits or meetings a week) to 0.5. Steps are wide against the typical spread of each unit,
 * so a median resting on one district's value no longer tells that value.
 */
export const COARSEN_STEPS = { share: 0.05, minutes: 10, days: 1, count: 0.5 } as const;
export type CoarsenUnit = keyof typeof COARSEN_STEPS;

/** The step for an indicator key (its CPL unit), or undefined for a key without one. */
export const stepOfKey = (key: string): number | undefined => {
  const unit = cplIndicatorByKey(key)?.unit;
  return unit ? COARSEN_STEPS[unit] : undefined;
};

/**
 * Rounds a statistic so it cannot be read back as one district's exact value: to the nearest whole
 * multiple of `step` when given; without one, shares and rates (|x| ≤ 1) to the nearest 0.05 and
 * anything larger to two significant figures.
 */
export function coarsen(x: number, step?: number): number {
  if (!Number.isFinite(x)) return x;
  let out: number;
  if (step !== undefined && step > 0) out = Math.round(x / step) * step;
  else if (Math.abs(x) <= 1) out = Math.round(x * 20) / 20;
  else {
    const step = 10 ** (Math.floor(Math.log10(Math.abs(x))) - 1);
    out = Math.round(x / step) * step;
  }
  // Floating steps leave tails like 0.15000000000000002; keep the shown number clean.
  out = Number(out.toPrecision(12));
  return out === 0 ? 0 : out;
}

const usable = (indicator: PeerIndicator | undefined) =>
  indicator !== undefined &&
  indicator.value !== null &&
  Number.isFinite(indicator.value) &&
  indicator.people >= MIN_PEOPLE;

export function standingOf(value: number | null, stats: PeerStats | null): Standing | null {
  if (value === null || stats === null) return null;
  if (value < stats.low) return 'below';
  if (value > stats.high) return 'above';
  return 'within';
}

/**
 * Compares the district's indicators with each peer district's (one list per peer). `stepOf` gives
 * each key's rounding step (by default its CPL unit's, `COARSEN_STEPS`).
 */
export function compareIndicators(
  own: PeerIndicator[],
  peers: PeerIndicator[][],
  stepOf: (key: string) => number | undefined = stepOfKey,
): IndicatorComparison[] {
  const keys = new Map<string, string>();
  for (const indicator of own) keys.set(indicator.key, indicator.domain);
  const extra = [...new Set(peers.flat().map((i) => i.key))].filter((key) => !keys.has(key)).sort();
  for (const key of extra) keys.set(key, peers.flat().find((i) => i.key === key)!.domain);

  return [...keys].map(([key, domain]) => {
    const mine = own.find((i) => i.key === key);
    const values = peers
      .map((list) => list.find((i) => i.key === key))
      .filter(usable)
      .map((i) => i!.value as number)
      .sort((a, b) => a - b);
    const step = stepOf(key);
    const stats =
      values.length >= MIN_PEERS
        ? {
            median: coarsen(quantile(values, 0.5), step),
            low: coarsen(quantile(values, 0.25), step),
            high: coarsen(quantile(values, 0.75), step),
          }
        : null;
    const yours = usable(mine) ? (mine!.value as number) : null;
    return { key, domain, yours, peers: stats, standing: standingOf(yours, stats) };
  });
}
