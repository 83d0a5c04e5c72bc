import type { IndicatorCell } from '#core/contracts/self-assessment';
import { cplIndicatorByKey } from '#core/cpl/index';

/** An indicator's value in its unit: shares as percentages, minutes and days whole, counts to one decimal. */
export function formatIndicator(cell: Pick<IndicatorCell, 'key' | 'value'>, lang: 'en' | 'es'): string {
  const unit = cplIndicatorByKey(cell.key)?.unit;
  if (cell.value === null) return '';
  const n = (digits: number) =>
    new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(cell.value as number);
  if (unit === 'share')
    return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(cell.value);
  if (unit === 'minutes' || unit === 'days') return n(0);
  return n(1);
}

export const formatMean = (mean: number | null, lang: 'en' | 'es') =>
  mean === null
    ? '—'
    : new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 2 }).format(mean);
