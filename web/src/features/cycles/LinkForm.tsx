import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cycle, CycleLinkKind } from '#core/contracts/cycles';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { Select } from '../../components/Select';
import { calendarDay } from '../../lib/dates';
import { formatDateTime } from '../../lib/format';
import { usePlanList } from '../planning/usePlans';
import { useReflections } from '../reflections/useReflections';
import { useAddLink, usePairObservations } from './useCycles';

const KINDS: CycleLinkKind[] = ['plan', 'observation', 'reflection'];

/**
 * Puts one of the teacher's plans or reflections, or one of the coach's visits to them, on the
 * cycle's timeline. Only what both may see can be linked: the server refuses a plan the teacher
 * has not shared with their coach, and says so.
 */
export function LinkForm({ cycle, asCoach }: { cycle: Cycle; asCoach: boolean }) {
  const { t, i18n } = useTranslation('cycles');
  const add = useAddLink(cycle.id);
  const [kind, setKind] = useState<CycleLinkKind>('plan');
  const [planId, setPlanId] = useState('');
  const [targetId, setTargetId] = useState('');
  const [saved, setSaved] = useState(false);
  const plans = usePlanList(asCoach ? 'shared' : 'mine', undefined, kind !== 'observation');
  const teacherPlans = plans.items.filter((p) => p.ownerId === cycle.teacher.id);
  const visits = usePairObservations(cycle, asCoach, kind === 'observation');
  const reflections = useReflections(planId, { enabled: kind === 'reflection' && planId !== '' });
  const linked = new Set(cycle.links.map((l) => l.targetId));

  const planLabel = (p: { title: string; date?: string | null }) =>
    p.date ? `${p.title} · ${calendarDay(p.date, i18n.language)}` : p.title;
  const options =
    kind === 'plan'
      ? teacherPlans.map((p) => ({ value: p.id, label: planLabel(p) }))
      : kind === 'observation'
        ? (visits.data ?? []).map((o) => ({
            value: o.id,
            label: `${t(`observationKinds.${o.kind}`)} · ${formatDateTime(o.scheduledAt, i18n.language)}`,
          }))
        : (reflections.data ?? []).map((r) => ({
            value: r.id,
            label: `${formatDateTime(r.createdAt, i18n.language)} · ${(r.nextTime ?? r.whatHappened ?? '').slice(0, 60)}`,
          }));
  const available = options.filter((o) => !linked.has(o.value));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    if (!targetId) return;
    add.mutate(
      { kind, targetId },
      {
        onSuccess: () => {
          setTargetId('');
          setSaved(true);
        },
      },
    );
  }

  return (
    <form className="form stack" noValidate onSubmit={onSubmit} data-testid="link-form">
      {saved && <Alert tone="success">{t('links.saved')}</Alert>}
      {add.error ? <ErrorAlert error={add.error} /> : null}
      <p className="field-hint">{asCoach ? t('links.hintCoach') : t('links.hintTeacher')}</p>
      <div className="form-grid">
        <Select
          label={t('links.kind')}
          options={KINDS.map((k) => ({ value: k, label: t(`links.kinds.${k}`) }))}
          value={kind}
          onChange={(e) => {
            setKind(e.target.value as CycleLinkKind);
            setTargetId('');
          }}
        />
        {kind === 'reflection' && (
          <Select
            label={t('links.reflectionPlan')}
            placeholder={t('links.choose')}
            options={teacherPlans.map((p) => ({ value: p.id, label: planLabel(p) }))}
            value={planId}
            onChange={(e) => {
              setPlanId(e.target.value);
              setTargetId('');
            }}
          />
        )}
        <Select
          label={t(`links.which.${kind}`)}
          placeholder={available.length === 0 ? t('links.nothing') : t('links.choose')}
          options={available}
          value={targetId}
          onChange={(e) => setTargetId(e.target.value)}
          disabled={available.length === 0}
        />
      </div>
      <FormActions busy={add.isPending} submitLabel={t('links.add')} />
    </form>
  );
}
