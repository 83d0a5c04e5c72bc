import { useTranslation } from 'react-i18next';
import type { DomainResult } from '#core/contracts/self-assessment';
import { CPL_INSTRUMENT, type CplBand, cplIndicatorByKey } from '#core/cpl/index';
import { Badge } from '../../components/Badge';
import { Card } from '../../components/Card';
import { formatIndicator, formatMean } from './format';

const TONE: Record<CplBand, 'danger' | 'warning' | 'info' | 'success'> = {
  'needs-most-improvement': 'danger',
  'needs-improvement': 'warning',
  'close-to-best-practice': 'info',
  'best-practice': 'success',
};

/** One domain's self-rating, band and next steps, with the platform's indicators beside them. */
export function DomainResults({ result, lang }: { result: DomainResult; lang: 'en' | 'es' }) {
  const { t } = useTranslation('self-assessment');
  const domain = CPL_INSTRUMENT.find((d) => d.id === result.domain)!;
  const subTitle = (id: string) => domain.subDimensions.find((s) => s.id === id)?.title[lang] ?? id;
  return (
    <Card title={domain.title[lang]} testId={`result-${result.domain}`}>
      <div className="cpl-result">
        <section className="cpl-self" aria-labelledby={`self-${result.domain}`}>
          <h3 id={`self-${result.domain}`}>{t('results.selfRating')}</h3>
          <p className="cpl-score">
            <span className="cpl-mean">{formatMean(result.mean, lang)}</span> <span className="cpl-muted">/ 4</span>{' '}
            {result.band ? (
              <Badge tone={TONE[result.band]}>{t(`bands.${result.band}`)}</Badge>
            ) : (
              <Badge>{t('bands.none')}</Badge>
            )}
          </p>
          <p className="cpl-muted">{t('results.answered', { count: result.answered, total: result.items })}</p>
          <ul className="cpl-subs">
            {result.subDimensions.map((sub) => (
              <li key={sub.id}>
                {subTitle(sub.id)}: <strong>{formatMean(sub.mean, lang)}</strong>
              </li>
            ))}
          </ul>
          {result.note && (
            <p className="cpl-note">
              <strong>{t('results.note')}</strong> {result.note}
            </p>
          )}
          {result.nextSteps.length > 0 && (
            <>
              <h4>{t('results.nextSteps')}</h4>
              <ul className="cpl-steps">
                {result.nextSteps.map((step) => (
                  <li key={step.en}>{step[lang]}</li>
                ))}
              </ul>
            </>
          )}
        </section>
        <section className="cpl-platform" aria-labelledby={`platform-${result.domain}`}>
          <h3 id={`platform-${result.domain}`}>{t('results.platform')}</h3>
          <dl className="cpl-indicators">
            {result.indicators.map((cell) => (
              <div key={cell.key} className="cpl-indicator" data-testid={`indicator-${cell.key}`}>
                <dt>
                  {cplIndicatorByKey(cell.key)?.label[lang] ?? cell.key}
                  {cplIndicatorByKey(cell.key)?.help && (
                    <span className="cpl-muted cpl-indicator-help"> ({cplIndicatorByKey(cell.key)?.help?.[lang]})</span>
                  )}
                </dt>
                <dd>
                  {cell.suppressed ? (
                    <span className="cpl-muted">
                      {cell.reason === 'small-group' ? t('indicators.smallGroup') : t('indicators.noData')}
                    </span>
                  ) : (
                    <>
                      <strong>{formatIndicator(cell, lang)}</strong>{' '}
                      <span className="cpl-muted">{t('indicators.people', { count: cell.people ?? 0 })}</span>
                    </>
                  )}
                  {cell.benchmark !== null && (
                    <span className="cpl-muted"> · {t('indicators.benchmark', { value: cell.benchmark })}</span>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
    </Card>
  );
}
