import { useTranslation } from 'react-i18next';
import { type PlanDraft, totalMinutes } from './planDraft';

/** A plan to read, not edit: the shared view, versions, the conflict comparison and the printed page. */
export function PlanView({ plan, headingLevel = 2 }: { plan: PlanDraft; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation('planner');
  const H = `h${headingLevel}` as const;
  const why = (path: string) => plan.rationale?.[path];
  const list = (title: string, items: readonly string[] | undefined, path?: string) =>
    items?.some((item) => item.trim()) ? (
      <section className="plan-view-section">
        <H>{title}</H>
        <ul>
          {items.map((item, index) =>
            item.trim() ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: read-only list in order; the index is the item's path
              <li key={index}>
                {item}
                {path && why(`${path}[${index}]`) && (
                  <p className="plan-why">
                    <strong>{t('print.why')}:</strong> {why(`${path}[${index}]`)}
                  </p>
                )}
              </li>
            ) : null,
          )}
        </ul>
      </section>
    ) : null;

  return (
    <div className="plan-view" lang={plan.locale ?? undefined}>
      {list(t('print.objectives'), plan.objectives, 'objectives')}
      {list(t('print.successCriteria'), plan.successCriteria)}
      {plan.segments.length > 0 && (
        <section className="plan-view-section">
          <H>
            {t('print.sequence')}{' '}
            <span className="muted">({t('print.total', { n: totalMinutes(plan.segments) })})</span>
          </H>
          <ol className="plan-view-segments">
            {plan.segments.map((segment, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: segments are read in order, never reordered here
              <li key={index}>
                <p>
                  <strong>{segment.title || t('editor.segment', { n: index + 1 })}</strong>
                  {segment.minutes != null && <> · {t('print.minutesShort', { n: segment.minutes })}</>}
                  {segment.kind && <> · {t(`kind.${segment.kind}`)}</>}
                  {segment.grouping && <> · {t(`grouping.${segment.grouping}`)}</>}
                </p>
                {segment.description && <p className="plan-view-text">{segment.description}</p>}
                {segment.checkForUnderstanding &&
                  (segment.checkForUnderstanding.technique || segment.checkForUnderstanding.question) && (
                    <p className="plan-view-cfu">
                      <strong>{t('print.cfu')}:</strong>{' '}
                      {[segment.checkForUnderstanding.technique, segment.checkForUnderstanding.question]
                        .filter(Boolean)
                        .join(' — ')}
                      {segment.checkForUnderstanding.decisionRule && (
                        <>
                          <br />
                          <strong>{t('print.decisionRule')}:</strong> {segment.checkForUnderstanding.decisionRule}
                        </>
                      )}
                    </p>
                  )}
                {why(`segments[${index}]`) && (
                  <p className="plan-why">
                    <strong>{t('print.why')}:</strong> {why(`segments[${index}]`)}
                  </p>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
      {plan.supports && plan.supports.length > 0 && (
        <section className="plan-view-section">
          <H>{t('print.supports')}</H>
          <ul>
            {plan.supports.map((support, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: read-only list in order
              <li key={index}>
                {support.for && <strong>{support.for}: </strong>}
                {support.description}
              </li>
            ))}
          </ul>
        </section>
      )}
      {plan.exitTicket && (
        <section className="plan-view-section">
          <H>{t('print.exitTicket')}</H>
          <p className="plan-view-text">{plan.exitTicket}</p>
        </section>
      )}
      {list(t('print.standards'), plan.standards)}
      {list(t('print.materials'), plan.materials)}
    </div>
  );
}
