import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { Alert } from '../../components/Alert';
import { ButtonLink } from '../../components/Button';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useClasses } from '../../features/classes/useClasses';
import { ConflictPanel } from '../../features/planning/ConflictPanel';
import { PlanEditor } from '../../features/planning/editor/PlanEditor';
import { itemOf } from '../../features/planning/evidence';
import { InsightsPanel } from '../../features/planning/insights/InsightsPanel';
import { SaveStatus } from '../../features/planning/SaveStatus';
import { useLiveInsights } from '../../features/planning/useLiveInsights';
import { useDismissInsight, useStoredInsights } from '../../features/planning/usePlans';
import { localToday } from '../../features/planning/week';
import { ReflectionPanel } from '../../features/reflections/ReflectionPanel';
import { PlanComments } from '../../features/units/PlanComments';
import type { OwnPlanEditor } from './PlanPage';

/** The owner's plan: editor, live insights beside it, the carried-forward note, and reflection once taught. */
export function OwnPlan({ editor }: { editor: OwnPlanEditor }) {
  const { t } = useTranslation('planner');
  const { plan, draft } = editor;
  const classes = useClasses('mine');
  const stored = useStoredInsights(plan.id);
  const dismiss = useDismissInsight(plan.id);
  const [dismissed, setDismissed] = useState<string[]>([]);
  const live = useLiveInsights(draft, stored.data?.context, dismissed);
  const flagged = useMemo(() => {
    const paths = new Set<string>();
    for (const insight of live?.insights ?? []) {
      if (insight.kind === 'strength') continue;
      for (const evidence of insight.evidence) paths.add(evidence.field).add(itemOf(evidence.field));
    }
    return paths;
  }, [live]);
  const previousNextTime = stored.data?.context.previousNextTime;
  const taught = !!draft.date && draft.date <= localToday();
  const weekLink = draft.date ? `/planner?week=${draft.date}` : '/planner';
  const location = useLocation();
  const flash = (location.state as { flash?: string } | null)?.flash;

  // "Reflect" from the week lands here with #reflection: the panel renders after the plan loads,
  // later than the browser's own jump to the anchor, so bring it into view and focus it.
  useEffect(() => {
    if (location.hash !== '#reflection') return;
    const panel = document.getElementById('reflection');
    panel?.scrollIntoView({ block: 'start' });
    panel?.querySelector<HTMLElement>('textarea')?.focus({ preventScroll: true });
  }, [location.hash]);

  return (
    <>
      <PageHeader
        title={draft.title.trim() || t('editor.title')}
        back={<Link to={weekLink}>← {t('editor.back')}</Link>}
        actions={
          <>
            <SaveStatus state={editor.state} onRetry={() => void editor.saveNow()} />
            <ButtonLink to={`/planner/plans/${plan.id}/versions`} variant="ghost">
              {t('editor.versions')}
            </ButtonLink>
            <ButtonLink to={`/planner/plans/${plan.id}/print`} variant="ghost">
              {t('editor.print')}
            </ButtonLink>
          </>
        }
      />
      {flash && <Alert tone="success">{flash}</Alert>}
      {/* A refused save: the text stays in the editor and on the device. */}
      {editor.problem ? <ErrorAlert error={editor.problem} /> : null}
      {previousNextTime && (
        <aside className="carry-forward" aria-labelledby="carry-forward-heading" data-testid="carry-forward">
          <h2 id="carry-forward-heading">{t('editor.carryForward')}</h2>
          <blockquote>{previousNextTime}</blockquote>
          <p className="muted small">{t('editor.carryForwardHint')}</p>
        </aside>
      )}
      {taught && (
        <Alert tone="info">
          {t('editor.reflectPrompt')} <a href="#reflection">{t('editor.reflectNow')}</a>
        </Alert>
      )}
      {editor.conflict ? (
        <ConflictPanel conflict={editor.conflict} onChoose={editor.resolve} />
      ) : (
        <div className="planner-layout">
          <div className="planner-main">
            <PlanEditor draft={draft} update={editor.update} flagged={flagged} classes={classes.items} />
          </div>
          {/* Wait for what the server takes into account (dismissals, carry-forward, growth focus), so a
              dismissed question never flashes back; offline, the plan's own analysis is shown. */}
          {live && (!stored.isPending || stored.fetchStatus === 'paused') && (
            <InsightsPanel
              insights={live.insights}
              rulesetVersion={live.rulesetVersion}
              draft={draft}
              planId={plan.id}
              dismissError={dismiss.error}
              onDismiss={async (ruleId, reason) => {
                await dismiss.mutateAsync({ ruleId, reason });
                setDismissed((current) => [...current, ruleId]);
              }}
            />
          )}
        </div>
      )}
      <div id="reflection" className="plan-reflection" tabIndex={-1}>
        <ReflectionPanel
          planId={plan.id}
          planLocale={draft.locale === 'es' ? 'es' : 'en'}
          canWrite
          lessonDate={draft.date ?? null}
        />
      </div>
      {plan.visibility !== 'private' && <PlanComments plan={plan} />}
    </>
  );
}
