import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem, MicroCredential } from '#core/contracts/credentials';
import { Button } from '../../components/Button';
import { Select, type SelectOption } from '../../components/Select';
import { TextArea } from '../../components/TextArea';
import { formatDateTime } from '../../lib/format';
import { useMe } from '../identity/useMe';
import { useObservationList } from '../observations/useObservations';
import { usePlanList } from '../planning/usePlans';
import { useReflections } from '../reflections/useReflections';
import { useStudentWork } from '../units/useUnits';

type Requirement = MicroCredential['requirements'][number];

/**
 * Picks one of my own artefacts of the requirement's kind (plans, reflections on my plans, visits
 * to my classroom, student work I uploaded), or takes written text. The server checks again and
 * snapshots what it says at submit time.
 */
export function EvidencePicker({
  requirement,
  attached,
  onAdd,
  labels,
}: {
  requirement: Requirement;
  attached: Set<string>;
  onAdd: (item: EvidenceItem) => void;
  labels: Map<string, string>;
}) {
  const { t } = useTranslation('credentials');
  const [targetId, setTargetId] = useState('');
  const [planId, setPlanId] = useState('');
  const [text, setText] = useState('');
  const options = useOwnArtefacts(requirement.kind, planId, labels);
  const textId = useId();

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (requirement.kind === 'text') {
      if (!text.trim()) return;
      onAdd({ requirementId: requirement.id, type: 'text', text: text.trim() });
      setText('');
    } else if (targetId) {
      onAdd({ requirementId: requirement.id, type: requirement.kind, artefactId: targetId });
      setTargetId('');
    }
  }

  const available = options.artefacts.filter((o) => !attached.has(o.value));
  return (
    <form className="form stack" noValidate onSubmit={add} data-testid={`evidence-picker-${requirement.id}`}>
      {requirement.kind === 'text' ? (
        <TextArea
          id={textId}
          label={t('editor.text')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={3}
        />
      ) : (
        <div className="form-grid">
          {requirement.kind === 'reflection' && (
            <Select
              label={t('editor.reflectionPlan')}
              placeholder={t('editor.choose')}
              options={options.plans}
              value={planId}
              onChange={(e) => {
                setPlanId(e.target.value);
                setTargetId('');
              }}
            />
          )}
          <Select
            label={t(`editor.which.${requirement.kind}`)}
            placeholder={available.length === 0 ? t('editor.nothing') : t('editor.choose')}
            options={available}
            value={targetId}
            onChange={(e) => setTargetId(e.target.value)}
            disabled={available.length === 0}
          />
        </div>
      )}
      <div className="button-row">
        <Button type="submit" variant="secondary">
          {t('editor.attach')}
        </Button>
      </div>
    </form>
  );
}

/** My artefacts of one kind as options; their labels also name what is already attached. */
function useOwnArtefacts(kind: Requirement['kind'], planId: string, labels: Map<string, string>) {
  const { i18n } = useTranslation();
  const me = useMe().data;
  const plans = usePlanList('mine', undefined, kind === 'plan' || kind === 'reflection');
  const visits = useObservationList('observed', kind === 'observation');
  const samples = useStudentWork({}, kind === 'student-work');
  const reflections = useReflections(planId, { enabled: kind === 'reflection' && planId !== '' });
  const plan: SelectOption[] = plans.items.map((p) => ({
    value: p.id,
    label: p.date ? `${p.title} · ${p.date}` : p.title,
  }));
  const artefacts: SelectOption[] =
    kind === 'plan'
      ? plan
      : kind === 'observation'
        ? (visits.data?.items ?? [])
            .filter((o) => o.kind !== 'evaluative' && o.status !== 'cancelled')
            .map((o) => ({
              value: o.id,
              label: `${o.observer.name} · ${formatDateTime(o.scheduledAt, i18n.language)}`,
            }))
        : kind === 'student-work'
          ? samples.items
              .filter((w) => w.uploadedBy.id === me?.id)
              .map((w) => ({ value: w.id, label: `${w.title} · ${formatDateTime(w.createdAt, i18n.language)}` }))
          : kind === 'reflection'
            ? (reflections.data ?? []).map((r) => ({
                value: r.id,
                label: `${formatDateTime(r.createdAt, i18n.language)} · ${(r.nextTime ?? r.whatHappened ?? '').slice(0, 60)}`,
              }))
            : [];
  for (const option of artefacts) labels.set(option.value, option.label);
  return { plans: plan, artefacts };
}
