import { useTranslation } from 'react-i18next';
import type { Locale } from '#core/domain/roles';
import { Alert } from '../../components/Alert';
import { Card } from '../../components/Card';
import { ReflectionForm } from './ReflectionForm';
import { ReflectionList } from './ReflectionList';

export interface ReflectionPanelProps {
  planId: string;
  /** The plan's language: reflections on it are analysed with that language's word lists. */
  planLocale: Locale;
  /** Show the form (the plan's owner). */
  canWrite: boolean;
  /** The lesson's date ("YYYY-MM-DD"), if the plan has one. */
  lessonDate: string | null;
  /** The panel's heading level (default 2: a section of the plan page). */
  headingLevel?: 2 | 3;
  /**
   * Show levels, nudges and highlights on saved reflections. The level is formative feedback for
   * the teacher only (PEDAGOGY.md §2), so by default only the writer (canWrite) sees it.
   */
  showAnalysis?: boolean;
}

/** "YYYY-MM-DD" as a local calendar day (new Date("2025-03-01") would be UTC midnight: the day before, west of UTC). */
function localDay(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Reflections on one lesson plan: the two-minute form for its owner, then the earlier reflections. */
export function ReflectionPanel({
  planId,
  planLocale,
  canWrite,
  lessonDate,
  headingLevel = 2,
  showAnalysis = canWrite,
}: ReflectionPanelProps) {
  const { t, i18n } = useTranslation();
  const day = lessonDate ? localDay(lessonDate) : null;
  const dayText = day ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(day) : null;
  const today = new Date();
  today.setHours(0, 0, 0, 0);
  const upcoming = day !== null && day > today;
  const inner = headingLevel === 2 ? 3 : 4;

  return (
    <Card title={t('reflections:title')} level={headingLevel} className="reflection-panel" testId="reflection-panel">
      {canWrite && (
        <>
          <p className="muted">
            {dayText ? t('reflections:introWithDate', { date: dayText }) : t('reflections:intro')}
          </p>
          {upcoming && <Alert tone="info">{t('reflections:upcoming', { date: dayText })}</Alert>}
          <ReflectionForm planId={planId} planLocale={planLocale} headingLevel={inner} />
        </>
      )}
      <ReflectionList planId={planId} planLocale={planLocale} showAnalysis={showAnalysis} headingLevel={inner} />
    </Card>
  );
}
