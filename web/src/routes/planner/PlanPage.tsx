import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Spinner } from '../../components/Spinner';
import { useMe } from '../../features/identity/useMe';
import { usePlanEditor } from '../../features/planning/usePlanEditor';
import { OwnPlan } from './OwnPlan';
import { SharedPlan } from './SharedPlan';

/** One plan: the editor for its owner (with insights, versions, reflection), a read-only view for those it is shared with. */
export function PlanPage() {
  const { t } = useTranslation('planner');
  const { id = '' } = useParams();
  const me = useMe().data;
  const editor = usePlanEditor(id, me?.id ?? '');

  if (editor.loadError) {
    return editor.loadError instanceof Error && editor.loadError.message === 'offline' ? (
      <Alert tone="warning">{t('editor.offlineNoCopy')}</Alert>
    ) : (
      <ErrorAlert error={editor.loadError} />
    );
  }
  if (!editor.plan || !editor.draft || !me) return <Spinner label={t('editor.loading')} />;
  if (editor.plan.ownerId !== me.id) return <SharedPlan plan={editor.plan} me={me} />;
  return <OwnPlan editor={editor as OwnPlanEditor} />;
}

export type OwnPlanEditor = ReturnType<typeof usePlanEditor> & {
  plan: NonNullable<ReturnType<typeof usePlanEditor>['plan']>;
  draft: NonNullable<ReturnType<typeof usePlanEditor>['draft']>;
};
