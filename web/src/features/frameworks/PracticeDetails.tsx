import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Practice } from '#core/contracts/frameworks';
import type { Locale } from '#core/domain/roles';
import { useCardTitles } from '../library/useCardTitles';

/** One practice: what it is, what an observer looks for, its four levels, and cards that help. */
export function PracticeDetails({ practice, headingLevel = 3 }: { practice: Practice; headingLevel?: 3 | 4 }) {
  const { t, i18n } = useTranslation('frameworks');
  const cardTitles = useCardTitles((i18n.resolvedLanguage === 'es' ? 'es' : 'en') as Locale);
  const H = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as 'h4' | 'h5';
  return (
    <article className="practice" aria-labelledby={`practice-${practice.id}`} data-practice-code={practice.code}>
      <H id={`practice-${practice.id}`}>
        <span className="practice-code">{practice.code}</span> {practice.title}
      </H>
      {practice.description && <p>{practice.description}</p>}
      <Sub>{t('practice.lookFors')}</Sub>
      <ul>
        {practice.lookFors.map((lookFor) => (
          <li key={lookFor.id}>{lookFor.text}</li>
        ))}
      </ul>
      {practice.levels.length > 0 && (
        <>
          <Sub>{t('practice.levels')}</Sub>
          <dl className="practice-levels">
            {practice.levels.map((level) => (
              <div key={level.level} className="practice-level">
                <dt>
                  {level.level} · {level.label}
                </dt>
                <dd>{level.descriptor}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {practice.resourceIds.length > 0 && (
        <p className="practice-cards">
          {t('practice.cards')}{' '}
          {practice.resourceIds.map((id, index) => (
            <span key={id}>
              {index > 0 && ', '}
              <Link to={`/library/${encodeURIComponent(id)}`}>{cardTitles.get(id) ?? id}</Link>
            </span>
          ))}
        </p>
      )}
    </article>
  );
}
