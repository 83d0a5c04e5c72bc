import type { TFunction } from 'i18next';

/** "PK", "K", "adult" have names of their own; numbered grades share one pattern per language. */
export function gradeLabel(grade: string, t: TFunction): string {
  if (grade === 'PK' || grade === 'K' || grade === 'adult') return t(`classes:grades.${grade}`);
  return t('classes:grades.numbered', { grade });
}
