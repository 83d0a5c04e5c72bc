import { cplIndicatorByKey } from '#core/cpl/index';

/** An indicator's label in the reader's language, or its key when the catalogue does not know it. */
export function indicatorLabel(key: string, language: string): string {
  const definition = cplIndicatorByKey(key);
  if (!definition) return key;
  return language.startsWith('es') ? definition.label.es : definition.label.en;
}

/** How an indicator is counted, when its label alone could mislead; null otherwise. */
export function indicatorHelp(key: string, language: string): string | null {
  const help = cplIndicatorByKey(key)?.help;
  if (!help) return null;
  return language.startsWith('es') ? help.es : help.en;
}

/** Shares as whole percentages; other numbers with one decimal at most. */
export function formatIndicator(key: string, value: number, language: string): string {
  const unit = cplIndicatorByKey(key)?.unit;
  if (unit === 'share')
    return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(value);
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
}
