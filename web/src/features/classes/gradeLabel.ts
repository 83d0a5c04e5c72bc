import type { TFunction } from 'i18next';

/**
 * "PK", "K", "adult" have names of their own; numbered grades share one pattern per language;
 * labels from other school systems ("1.º ESO", from an import or the API) are shown as they are.
 */
export function gradeLabel(grade: string, t: TFunction): string {
  if (grade === 'PK' || grade === 'K' || grade === 'adult') return t(`classes:grades.${grade}`);
  if (/^(1[0-2]|[1-9])$/.test(grade)) return t('classes:grades.numbered', { grade });
  return grade;
}
