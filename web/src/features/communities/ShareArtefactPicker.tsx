import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Select } from '../../components/Select';
import { formatDateTime } from '../../lib/format';
import { usePlanList } from '../planning/usePlans';
import { useReflections } from '../reflections/useReflections';

type Kind = '' | 'plan' | 'reflection';
export type SharedArtefact = { type: 'plan' | 'reflection'; id: string } | null;

/**
 * What a new thread may share, as a snapshot: one of my lesson plans, or one of my reflections
 * (picked through the plan it is about). Inquiries are shared from the inquiry's own page.
 */
export function ShareArtefactPicker({
  value,
  onChange,
}: {
  value: SharedArtefact;
  onChange: (next: SharedArtefact) => void;
}) {
  const { t, i18n } = useTranslation('communities');
  const [kind, setKind] = useState<Kind>(value?.type ?? '');
  const [planId, setPlanId] = useState('');
  const plans = usePlanList('mine', undefined, kind !== '');
  const reflections = useReflections(planId, { enabled: kind === 'reflection' && planId !== '' });
  const planOptions = plans.items.map((p) => ({ value: p.id, label: p.date ? `${p.title} · ${p.date}` : p.title }));
  const reflectionOptions = (reflections.data ?? []).map((r) => ({
    value: r.id,
    label: `${formatDateTime(r.createdAt, i18n.language)} · ${(r.nextTime ?? r.whatHappened ?? '').slice(0, 60)}`,
  }));

  return (
    <>
      <Select
        label={t('newThread.share')}
        hint={t('newThread.shareHint')}
        options={[
          { value: '', label: t('newThread.shareNothing') },
          { value: 'plan', label: t('newThread.shareKinds.plan') },
          { value: 'reflection', label: t('newThread.shareKinds.reflection') },
        ]}
        value={kind}
        onChange={(e) => {
          setKind(e.target.value as Kind);
          setPlanId('');
          onChange(null);
        }}
      />
      {kind === 'plan' && (
        <Select
          label={t('newThread.whichPlan')}
          placeholder={planOptions.length === 0 ? t('newThread.nothingToShare') : t('newThread.choose')}
          options={planOptions}
          value={value?.type === 'plan' ? value.id : ''}
          onChange={(e) => onChange(e.target.value ? { type: 'plan', id: e.target.value } : null)}
          disabled={planOptions.length === 0}
        />
      )}
      {kind === 'reflection' && (
        <>
          <Select
            label={t('newThread.reflectionPlan')}
            placeholder={planOptions.length === 0 ? t('newThread.nothingToShare') : t('newThread.choose')}
            options={planOptions}
            value={planId}
            onChange={(e) => {
              setPlanId(e.target.value);
              onChange(null);
            }}
            disabled={planOptions.length === 0}
          />
          {planId !== '' && (
            <Select
              label={t('newThread.whichReflection')}
              placeholder={reflectionOptions.length === 0 ? t('newThread.noReflections') : t('newThread.choose')}
              options={reflectionOptions}
              value={value?.type === 'reflection' ? value.id : ''}
              onChange={(e) => onChange(e.target.value ? { type: 'reflection', id: e.target.value } : null)}
              disabled={reflectionOptions.length === 0}
            />
          )}
        </>
      )}
    </>
  );
}
