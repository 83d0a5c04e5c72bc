import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { Alert } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { PracticeDetails } from '../../features/frameworks/PracticeDetails';
import { useFramework } from '../../features/frameworks/useFrameworks';

/** A framework whole: domains, their practices, look-fors and level descriptors. */
export function FrameworkPage() {
  const { t } = useTranslation('frameworks');
  const { id = '' } = useParams();
  const framework = useFramework(id);
  const flash = (useLocation().state as { flash?: string } | null)?.flash;
  const data = framework.data;

  return (
    <>
      <PageHeader
        title={data?.title ?? t('detail.loading')}
        description={data?.description ?? undefined}
        back={<Link to="/frameworks">← {t('detail.back')}</Link>}
      />
      {flash && <Alert tone="success">{flash}</Alert>}
      <QueryState query={framework} isEmpty={false} empty={null}>
        {data && (
          <div className="stack framework">
            {data.source.name && (
              <p className="muted small">
                {t('detail.source', { name: data.source.name })}
                {data.source.license ? ` · ${data.source.license}` : ''}
              </p>
            )}
            <nav aria-label={t('detail.domains')} className="framework-toc">
              <ol>
                {data.domains.map((domain) => (
                  <li key={domain.id}>
                    <a href={`#domain-${domain.id}`}>{domain.title}</a>
                  </li>
                ))}
              </ol>
            </nav>
            {data.domains.map((domain) => (
              <section
                key={domain.id}
                id={`domain-${domain.id}`}
                aria-labelledby={`domain-title-${domain.id}`}
                className="framework-domain"
              >
                <h2 id={`domain-title-${domain.id}`}>
                  <span className="practice-code">{domain.code}</span> {domain.title}
                </h2>
                {domain.description && <p>{domain.description}</p>}
                {domain.practices.map((practice) => (
                  <PracticeDetails key={practice.id} practice={practice} />
                ))}
              </section>
            ))}
          </div>
        )}
      </QueryState>
    </>
  );
}
