import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { Pathway } from '#core/contracts/pathways';
import { Alert } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { hasRole } from '../../features/identity/roles';
import { useMe } from '../../features/identity/useMe';
import { AuthorPanel } from '../../features/pathways/AuthorPanel';
import { PathwaySteps } from '../../features/pathways/PathwaySteps';
import { ProgressBar } from '../../features/pathways/ProgressBar';
import { useEnrol, usePathway } from '../../features/pathways/usePathways';
import '../../features/pathways/pathways.css';

/** One pathway: its ordered steps; learners follow it and mark steps done; its editors manage it. */
export function PathwayPage() {
  const { id = '' } = useParams();
  const pathway = usePathway(id);
  return (
    <QueryState query={pathway} isEmpty={false} empty={null}>
      {pathway.data && <PathwayView pathway={pathway.data} />}
    </QueryState>
  );
}

function PathwayView({ pathway }: { pathway: Pathway }) {
  const { t } = useTranslation('pathways');
  const me = useMe().data;
  const learner = hasRole(me, 'teacher', 'coach', 'school_leader', 'district_admin');
  const enrol = useEnrol(pathway.id);
  const open = pathway.status === 'published';
  return (
    <>
      <PageHeader
        title={pathway.title}
        description={pathway.description ?? undefined}
        back={<Link to="/pathways">{t('detail.back')}</Link>}
      />
      <div className="stack">
        <p className="muted small">
          {t(`audience.${pathway.audience}`)}
          {pathway.authorName && ` · ${t('detail.by', { name: pathway.authorName })}`}{' '}
          {!open && <Badge tone="warning">{t(`status.${pathway.status}`)}</Badge>}
        </p>
        {pathway.progress ? (
          <ProgressBar progress={pathway.progress} label={t('progress.label', { title: pathway.title })} />
        ) : (
          learner &&
          open && (
            <div className="button-row">
              <Button busy={enrol.isPending} onClick={() => enrol.mutate(undefined)}>
                {t('detail.enrol')}
              </Button>
            </div>
          )
        )}
        {enrol.error ? <ErrorAlert error={enrol.error} /> : null}
        {pathway.status === 'archived' && <Alert>{t('detail.archived')}</Alert>}
        <Card title={t('detail.steps')}>
          {pathway.steps.length === 0 ? (
            <p className="muted">{t('form.noSteps')}</p>
          ) : (
            <PathwaySteps pathway={pathway} canMark={pathway.enrolled && open} />
          )}
        </Card>
        {pathway.canEdit && <AuthorPanel pathway={pathway} />}
      </div>
    </>
  );
}
