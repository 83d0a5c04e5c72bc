import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import type { MicroCredential } from '#core/contracts/credentials';
import { Alert } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { Button, ButtonLink } from '../../components/Button';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { SubmissionList } from '../../features/credentials/SubmissionList';
import { useCatalogue, useMySubmissions, useStartSubmission } from '../../features/credentials/useCredentials';
import { hasRole } from '../../features/identity/roles';
import { useMe } from '../../features/identity/useMe';
import '../../features/credentials/credentials.css';

/** The district's micro-credentials; teachers start one and follow theirs; reviewers find their queue. */
export function CredentialsPage() {
  const { t } = useTranslation('credentials');
  const me = useMe().data;
  const teacher = hasRole(me, 'teacher');
  const reviewer = hasRole(me, 'coach', 'school_leader', 'district_admin');
  const author = hasRole(me, 'coach', 'district_admin');
  const admin = hasRole(me, 'district_admin');
  const catalogue = useCatalogue();
  const mine = useMySubmissions(teacher);
  const flash = (useLocation().state as { flash?: string } | null)?.flash;
  return (
    <>
      <PageHeader
        title={t('catalogue.title')}
        description={t('catalogue.description')}
        actions={
          reviewer || author ? (
            <>
              {author && (
                <ButtonLink to="/credentials/new" variant="primary">
                  {t('author.new')}
                </ButtonLink>
              )}
              {reviewer && (
                <ButtonLink to="/credentials/reviews" variant="secondary">
                  {t('review.queue')}
                </ButtonLink>
              )}
              {admin && (
                <ButtonLink to="/credentials/issued" variant="secondary">
                  {t('issued.title')}
                </ButtonLink>
              )}
            </>
          ) : null
        }
      />
      <div className="stack">
        {flash && <Alert tone="success">{flash}</Alert>}
        {teacher && (
          <Card title={t('list.mine')} testId="my-submissions">
            <QueryState
              query={mine}
              isEmpty={(mine.data?.items.length ?? 0) === 0}
              empty={<EmptyState title={t('list.emptyMine')} />}
            >
              <SubmissionList items={mine.data?.items ?? []} />
            </QueryState>
          </Card>
        )}
        <QueryState
          query={catalogue}
          isEmpty={(catalogue.data?.items.length ?? 0) === 0}
          empty={<EmptyState title={t('catalogue.empty')} />}
        >
          {(catalogue.data?.items ?? []).map((mc) => (
            <CatalogueCard key={mc.id} mc={mc} canStart={teacher && !mc.archivedAt} canEdit={author && mc.editable} />
          ))}
        </QueryState>
      </div>
    </>
  );
}

function CatalogueCard({ mc, canStart, canEdit }: { mc: MicroCredential; canStart: boolean; canEdit: boolean }) {
  const { t } = useTranslation('credentials');
  const navigate = useNavigate();
  const start = useStartSubmission();
  return (
    <Card
      title={mc.title}
      testId={`micro-credential-${mc.id}`}
      actions={
        <>
          {mc.archivedAt && <Badge tone="warning">{t('author.archived')}</Badge>}
          {canEdit && (
            <Link to={`/credentials/${mc.id}/edit`} aria-label={t('author.editLabel', { title: mc.title })}>
              {t('author.edit')}
            </Link>
          )}
        </>
      }
    >
      <p>{mc.description}</p>
      <dl className="credential-facts">
        <dt>{t('catalogue.competency')}</dt>
        <dd>{mc.competency}</dd>
        <dt>{t('catalogue.keyMethod')}</dt>
        <dd>{mc.keyMethod}</dd>
      </dl>
      <h3>{t('catalogue.requirements')}</h3>
      <ul>
        {mc.requirements.map((r) => (
          <li key={r.id}>
            {r.prompt} ({t('editor.asks', { count: r.count, kind: t(`kinds.${r.kind}`) })})
          </li>
        ))}
      </ul>
      <h3>{t('catalogue.rubric')}</h3>
      <ul>
        {mc.rubric.map((c) => (
          <li key={c.id}>
            {c.name}: {t('review.pass', { level: c.levels[c.passLevel] })}
          </li>
        ))}
      </ul>
      {start.error ? <ErrorAlert error={start.error} /> : null}
      {canStart && (
        <div className="button-row">
          <Button
            busy={start.isPending}
            onClick={() => start.mutate(mc.id, { onSuccess: (s) => navigate(`/credentials/submissions/${s.id}`) })}
          >
            {t('catalogue.start')}
          </Button>
        </div>
      )}
    </Card>
  );
}
