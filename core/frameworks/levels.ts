import type { LocalizedText } from '../contracts/frameworks';
import type { Locale } from '../domain/roles';

/**
 * The default labels of the four levels, used by the built-in framework and given to imported
 * levels that carry no label of their own (a CSV's `level_1`…`level_4`, a CASE rubric level
 * without `quality`). Levels describe growth, not a verdict.
 */
export const LEVEL_LABELS: Readonly<Record<Locale, readonly [string, string, string, string]>> = {
  en: ['Beginning', 'Developing', 'Proficient', 'Exemplary'],
  es: ['Inicial', 'En desarrollo', 'Competente', 'Ejemplar'],
};

/** The label of level 1–4 in both languages. */
export function levelLabel(level: 1 | 2 | 3 | 4): { en: string; es: string } {
  return { en: LEVEL_LABELS.en[level - 1] as string, es: LEVEL_LABELS.es[level - 1] as string };
}

/** The label of level 1–4 in one language, as LocalizedText. */
export function levelLabelIn(level: 1 | 2 | 3 | 4, locale: Locale): LocalizedText {
  return { [locale]: LEVEL_LABELS[locale][level - 1] };
}
