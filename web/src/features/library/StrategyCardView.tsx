import { Fragment, type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { GRADE_BANDS } from '#core/library/card';
import { Markdown } from './Markdown';
import { ReactionForm } from './ReactionForm';
import { ResourceMeta } from './ResourceMeta';
import type { Resource } from './types';

export interface StrategyCardViewProps {
  resource: Resource;
  /**
   * Level of the card's section headings. The card's title is not repeated here: the page's h1
   * (PageHeader) or the dialog's title names it, so sections are h2 on a page, h3 in a dialog.
   */
  headingLevel?: 2 | 3;
  /** The "Was this useful?" control (default: shown). */
  showReactions?: boolean;
}

/** A full strategy card: summary, body, why it works, steps to try tomorrow, example, grade-band notes, tags. */
export function StrategyCardView({ resource, headingLevel = 2, showReactions = true }: StrategyCardViewProps) {
  const { t, i18n } = useTranslation();
  const idPrefix = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const bands = GRADE_BANDS.filter((band) => resource.gradeBands[band]);

  const section = (key: string, title: string, content: ReactNode) => (
    <section className="strategy-section" aria-labelledby={`${idPrefix}-${key}`}>
      <Heading id={`${idPrefix}-${key}`}>{title}</Heading>
      <div lang={resource.locale}>{content}</div>
    </section>
  );

  return (
    <article className="strategy-card" data-testid="strategy-card">
      <ResourceMeta resource={resource} />
      <p className="strategy-summary" lang={resource.locale}>
        {resource.summary}
      </p>
      <div lang={resource.locale}>
        <Markdown headingLevel={headingLevel}>{resource.body}</Markdown>
      </div>
      {resource.whyItWorks &&
        section(
          'why',
          t('library:card.whyItWorks'),
          <Markdown headingLevel={headingLevel}>{resource.whyItWorks}</Markdown>,
        )}
      {resource.steps.length > 0 &&
        section(
          'steps',
          t('library:card.steps'),
          <ol className="strategy-steps">
            {resource.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>,
        )}
      {resource.example &&
        section(
          'example',
          t('library:card.example'),
          <Markdown headingLevel={headingLevel}>{resource.example}</Markdown>,
        )}
      {bands.length > 0 &&
        section(
          'grades',
          t('library:card.gradeBands'),
          <dl className="details-list">
            {bands.map((band) => (
              <Fragment key={band}>
                <dt lang={i18n.resolvedLanguage}>{t('library:card.gradeBand', { band: band.replace('-', '–') })}</dt>
                <dd>{resource.gradeBands[band]}</dd>
              </Fragment>
            ))}
          </dl>,
        )}
      {showReactions && (
        <ReactionForm
          key={resource.id}
          resourceId={resource.id}
          reactions={resource.reactions}
          headingLevel={headingLevel}
        />
      )}
    </article>
  );
}
