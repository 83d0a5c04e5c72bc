import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Alert } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { DomainResults } from '../../features/self-assessment/DomainResults';
import { localeOf, useSelfAssessmentResults } from '../../features/self-assessment/useSelfAssessment';
import '../../features/self-assessment/self-assessment.css';

/** A school year's results: each domain's self-rating, band and next steps beside what the platform counts. */
export function ResultsPage() {
  const { t, i18n } = useTranslation('self-assessment');
  const lang = localeOf(i18n.resolvedLanguage ?? i18n.language);
  const schoolYear = useParams().schoolYear ?? '';
  useDocumentTitle(t('results.title', { year: schoolYear }));
  const results = useSelfAssessmentResults(schoolYear);
  return (
    <>
      <PageHeader
        title={t('results.title', { year: schoolYear })}
        description={t('results.description')}
        back={<Link to={`/self-assessment?year=${schoolYear}`}>{t('results.back')}</Link>}
        actions={
          <a
            className="btn btn-secondary"
            href={`/api/v1/self-assessments/${schoolYear}/results.csv?locale=${lang}`}
            download
          >
            {t('results.csv')}
          </a>
        }
      />
      <div className="stack self-assessment">
        <Alert tone="info" title={t('diagnostic.title')}>
          {t('diagnostic.body')}
        </Alert>
        <QueryState query={results} isEmpty={false} empty={null}>
          {results.data && (
            <>
              {results.data.status !== 'submitted' && <Alert tone="warning">{t(`results.notSubmitted`)}</Alert>}
              <p className="cpl-muted">{t('results.span', { from: results.data.from, to: results.data.to })}</p>
              {results.data.domains.map((domain) => (
                <DomainResults key={domain.domain} result={domain} lang={lang} />
              ))}
            </>
          )}
        </QueryState>
      </div>
    </>
  );
}
