import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reflection } from '#core/contracts/reflections';
import type { Locale } from '#core/domain/roles';
import { EmptyState } from '../../components/EmptyState';
import { QueryState } from '../../components/QueryState';
import { useFormatDate } from '../../lib/format';
import { IndicatorList, LevelSummary, Nudge } from './ReflectionAnalysisView';
import { ReflectionAnswers } from './ReflectionAnswers';
import { useReflections } from './useReflections';

type HeadingTag = 'h3' | 'h4' | 'h5';

function ReflectionItem({
  reflection,
  locale,
  showAnalysis,
  Heading,
}: {
  reflection: Reflection;
  locale: Locale;
  showAnalysis: boolean;
  Heading: HeadingTag;
}) {
  const format = useFormatDate();
  const headingId = useId();
  return (
    <li>
      <article className="reflection-item" aria-labelledby={headingId}>
        <Heading id={headingId}>
          <time dateTime={reflection.createdAt}>{format.dateTime(reflection.createdAt)}</time>
        </Heading>
        {showAnalysis && <LevelSummary level={reflection.level} label={reflection.label} />}
        <ReflectionAnswers
          answers={reflection}
          indicators={showAnalysis ? reflection.indicators : []}
          locale={locale}
        />
        {showAnalysis && (
          <>
            <IndicatorList indicators={reflection.indicators} locale={locale} />
            {reflection.nudge && <Nudge text={reflection.nudge} locale={locale} />}
          </>
        )}
      </article>
    </li>
  );
}

/** A plan's reflections, newest first. */
export function ReflectionList({
  planId,
  planLocale,
  showAnalysis,
  headingLevel,
}: {
  planId: string;
  planLocale: Locale;
  showAnalysis: boolean;
  /** Level of the list's own heading; each reflection's date is one level below. */
  headingLevel: 3 | 4;
}) {
  const { t } = useTranslation();
  const query = useReflections(planId);
  const items = query.data ?? [];
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const ItemHeading: HeadingTag = headingLevel === 3 ? 'h4' : 'h5';
  const headingId = useId();
  return (
    <section className="reflection-history" aria-labelledby={headingId}>
      <Heading id={headingId}>{t('reflections:list.title')}</Heading>
      <QueryState query={query} isEmpty={items.length === 0} empty={<EmptyState title={t('reflections:list.empty')} />}>
        <ol className="plain-list reflection-items">
          {items.map((reflection) => (
            <ReflectionItem
              key={reflection.id}
              reflection={reflection}
              locale={planLocale}
              showAnalysis={showAnalysis}
              Heading={ItemHeading}
            />
          ))}
        </ol>
      </QueryState>
    </section>
  );
}
