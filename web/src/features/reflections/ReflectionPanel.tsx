import { useTranslation } from 'react-i18next';
import { isCalendarDate } from '#core/domain/calendar';
import type { Locale } from '#core/domain/roles';
import { Alert } from '../../components/Alert';
import { Card } from '../../components/Card';
import { formatDay, localToday } from '../../lib/dates';
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
  const day = isCalendarDate(lessonDate) ? lessonDate : null;
  const dayText = day ? formatDay(day, i18n.language, { dateStyle: 'long' }) : null;
  const upcoming = day !== null && day > localToday();
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
