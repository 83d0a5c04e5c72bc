import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Inquiry } from '#core/contracts/inquiry';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { Select } from '../../components/Select';
import { calendarDay } from '../../lib/dates';
import { formatDateTime } from '../../lib/format';
import { CardPicker } from '../library/CardPicker';
import { useObservationList } from '../observations/useObservations';
import { usePlanList } from '../planning/usePlans';
import { useReflections } from '../reflections/useReflections';
import { useStudentWork } from '../units/useUnits';
import { useAddInquiryLink } from './useInquiry';

type Kind = 'card' | 'plan' | 'reflection' | 'observation' | 'student-work';
const KINDS: Kind[] = ['card', 'plan', 'reflection', 'observation', 'student-work'];

/**
 * Puts a strategy card, one of my plans (the "try"), one of my reflections, a visit to my classroom
 * or a student work sample of one of my teams on the inquiry's timeline.
 */
export function LinkForm({ inquiry }: { inquiry: Inquiry }) {
  const { t, i18n } = useTranslation('inquiry');
  const add = useAddInquiryLink(inquiry.id);
  const [kind, setKind] = useState<Kind>('plan');
  const [planId, setPlanId] = useState('');
  const [targetId, setTargetId] = useState('');
  const [saved, setSaved] = useState(false);
  const plans = usePlanList('mine', undefined, kind === 'plan' || kind === 'reflection');
  // Visits to my own classroom (evaluative ones never enter an inquiry).
  const visits = useObservationList('observed', kind === 'observation');
  // Samples of the teams I am in (the list shows only those).
  const samples = useStudentWork({}, kind === 'student-work');
  const reflections = useReflections(planId, { enabled: kind === 'reflection' && planId !== '' });
  const linked = new Set(inquiry.links.map((l) => `${l.kind}:${l.targetId}`));

  const planOptions = plans.items.map((p) => ({
    value: p.id,
    label: p.date ? `${p.title} · ${calendarDay(p.date, i18n.language)}` : p.title,
  }));
  const visitOptions = (visits.data?.items ?? [])
    .filter((o) => o.kind !== 'evaluative' && o.status !== 'cancelled')
    .map((o) => ({ value: o.id, label: `${o.observer.name} · ${formatDateTime(o.scheduledAt, i18n.language)}` }));
  const sampleOptions = samples.items.map((w) => ({
    value: w.id,
    label: `${w.title} · ${formatDateTime(w.createdAt, i18n.language)}`,
  }));
  const options =
    kind === 'plan'
      ? planOptions
      : kind === 'observation'
        ? visitOptions
        : kind === 'student-work'
          ? sampleOptions
          : (reflections.data ?? []).map((r) => ({
              value: r.id,
              label: `${formatDateTime(r.createdAt, i18n.language)} · ${(r.nextTime ?? r.whatHappened ?? '').slice(0, 60)}`,
            }));
  const available = options.filter((o) => !linked.has(`${kind}:${o.value}`));

  function link(target: string) {
    setSaved(false);
    add.mutate(
      { kind, targetId: target },
      {
        onSuccess: () => {
          setTargetId('');
          setSaved(true);
        },
      },
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (targetId) link(targetId);
  }

  return (
    <form className="form stack" noValidate onSubmit={onSubmit} data-testid="inquiry-link-form">
      {saved && <Alert tone="success">{t('links.saved')}</Alert>}
      {add.error ? <ErrorAlert error={add.error} /> : null}
      <p className="field-hint">{t('links.hint')}</p>
      <Select
        label={t('links.kind')}
        options={KINDS.map((k) => ({ value: k, label: t(`links.kinds.${k}`) }))}
        value={kind}
        onChange={(e) => {
          setKind(e.target.value as Kind);
          setTargetId('');
        }}
      />
      {kind === 'card' ? (
        <CardPicker
          value={null}
          onChange={(cardId) => cardId && link(cardId)}
          testId="inquiry-card-picker"
          labels={{
            chosen: t('links.card.chosen'),
            preview: t('links.card.preview'),
            remove: t('links.card.remove'),
            search: t('links.card.search'),
            searchHint: t('links.card.searchHint'),
            none: t('links.card.none'),
            results: t('links.card.results'),
            choose: t('links.card.choose'),
            chooseNamed: (title) => t('links.card.chooseNamed', { title }),
          }}
        />
      ) : (
        <>
          <div className="form-grid">
            {kind === 'reflection' && (
              <Select
                label={t('links.reflectionPlan')}
                placeholder={t('links.choose')}
                options={planOptions}
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
        </>
      )}
    </form>
  );
}
