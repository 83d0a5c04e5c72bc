import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { LessonPlanVersion } from '#core/contracts/planning';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useMe } from '../../features/identity/useMe';
import { PlanView } from '../../features/planning/PlanView';
import { toDraft } from '../../features/planning/planDraft';
import { usePlan, usePlanVersions, useSavePlan } from '../../features/planning/usePlans';
import { formatDateTime } from '../../lib/format';

/** Earlier versions of a plan, newest first; the owner can restore one (saved as a new version, nothing lost). */
export function PlanVersionsPage() {
  const { t, i18n } = useTranslation('planner');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const me = useMe().data;
  const plan = usePlan(id);
  const versions = usePlanVersions(id);
  const save = useSavePlan(id);
  const [restoring, setRestoring] = useState<LessonPlanVersion | null>(null);
  const items = versions.data?.items ?? [];
  const isOwner = plan.data?.ownerId === me?.id;

  const restore = async () => {
    if (!restoring || !plan.data) return;
    const saved = await save.mutateAsync({ draft: toDraft(restoring), version: plan.data.version }).catch(() => null);
    if (saved)
      navigate(`/planner/plans/${id}`, { state: { flash: t('versions.restored', { version: restoring.version }) } });
  };

  return (
    <>
      <PageHeader
        title={t('versions.title', { title: plan.data?.title ?? '' })}
        description={t('versions.description')}
        back={<Link to={`/planner/plans/${id}`}>← {t('versions.back')}</Link>}
      />
      {plan.data && <p className="muted">{t('versions.current', { version: plan.data.version })}</p>}
      <QueryState query={versions} isEmpty={items.length === 0} empty={<EmptyState title={t('versions.none')} />}>
        <ol className="plain-list version-list">
          {items.map((version) => (
            <li key={version.version} className="version">
              <details>
                <summary>
                  {t('versions.savedAt', {
                    version: version.version,
                    when: formatDateTime(version.savedAt, i18n.language),
                  })}{' '}
                  — {version.title}
                </summary>
                <PlanView plan={version} headingLevel={3} />
              </details>
              {isOwner && (
                <Button
                  variant="secondary"
                  onClick={() => setRestoring(version)}
                  aria-label={`${t('versions.restore')} (${version.version})`}
                >
                  {t('versions.restore')}
                </Button>
              )}
            </li>
          ))}
        </ol>
      </QueryState>
      <ConfirmDialog
        open={restoring !== null}
        title={t('versions.restoreTitle', { version: restoring?.version ?? '' })}
        confirmLabel={t('versions.restore')}
        busy={save.isPending}
        error={save.error}
        onConfirm={() => void restore()}
        onClose={() => setRestoring(null)}
      >
        <p>{t('versions.restoreBody')}</p>
      </ConfirmDialog>
    </>
  );
}
