import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { LessonPlan } from '#core/contracts/planning';
import type { Me } from '#core/contracts/session';
import { Alert } from '../../components/Alert';
import { Button, ButtonLink } from '../../components/Button';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { InsightsPanel } from '../../features/planning/insights/InsightsPanel';
import { PlanView } from '../../features/planning/PlanView';
import { useLiveInsights } from '../../features/planning/useLiveInsights';
import { useStoredInsights } from '../../features/planning/usePlans';
import { ReflectionPanel } from '../../features/reflections/ReflectionPanel';
import { PlanComments } from '../../features/units/PlanComments';
import { useCopyPlan } from '../../features/units/useUnits';

/** A plan someone shared with the reader (coach or teammate): read it, see its insights, copy it. */
export function SharedPlan({ plan, me }: { plan: LessonPlan; me: Me }) {
  const { t } = useTranslation('planner');
  const navigate = useNavigate();
  // Copied on the server: a private plan of the reader's that records where it came from.
  const create = useCopyPlan();
  const stored = useStoredInsights(plan.id);
  const live = useLiveInsights(plan, stored.data?.context);
  const canPlan = me.roles.some((r) => r.role === 'teacher' || r.role === 'coach');

  const copy = async () => {
    const created = await create.mutateAsync(plan.id).catch(() => null);
    if (created) navigate(`/planner/plans/${created.id}`);
  };

  return (
    <>
      <PageHeader
        title={plan.title}
        actions={
          <>
            {canPlan && (
              <Button variant="secondary" busy={create.isPending} onClick={() => void copy()}>
                {t('editor.copyToMine')}
              </Button>
            )}
            <ButtonLink to={`/planner/plans/${plan.id}/print`} variant="ghost">
              {t('editor.print')}
            </ButtonLink>
          </>
        }
      />
      <Alert tone="info">{t('editor.readOnly')}</Alert>
      {create.isError && <ErrorAlert error={create.error} />}
      <div className="planner-layout">
        <div className="planner-main">
          <PlanView plan={plan} />
        </div>
        {live && (!stored.isPending || stored.fetchStatus === 'paused') && (
          <InsightsPanel insights={live.insights} rulesetVersion={live.rulesetVersion} draft={plan} />
        )}
      </div>
      <ReflectionPanel
        planId={plan.id}
        planLocale={plan.locale === 'es' ? 'es' : 'en'}
        canWrite={false}
        lessonDate={plan.date ?? null}
      />
      <PlanComments plan={plan} />
    </>
  );
}
