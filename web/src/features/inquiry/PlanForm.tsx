import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVIDENCE_KINDS, type EvidenceKind, type EvidenceSource, type Inquiry } from '#core/contracts/inquiry';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { Select } from '../../components/Select';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { useFormErrors } from '../../lib/useFormErrors';
import { useUpdateInquiry } from './useInquiry';

/** The prediction and the evidence to collect: what the rules ask for before trying. */
export function PlanForm({ inquiry, open }: { inquiry: Inquiry; open: boolean }) {
  const { t } = useTranslation('inquiry');
  const update = useUpdateInquiry(inquiry.id);
  const [prediction, setPrediction] = useState(inquiry.prediction ?? '');
  const [evidence, setEvidence] = useState<EvidenceSource[]>(inquiry.evidence);
  const [kind, setKind] = useState<EvidenceKind>('exit-ticket');
  const [description, setDescription] = useState('');
  const [saved, setSaved] = useState(false);
  const { errorFor } = useFormErrors(update.error);

  function addSource() {
    if (!description.trim()) return;
    setEvidence([...evidence, { kind, description: description.trim() }]);
    setDescription('');
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const sources = description.trim() ? [...evidence, { kind, description: description.trim() }] : evidence;
    update.mutate(
      { prediction: prediction.trim() || null, evidence: sources },
      {
        onSuccess: () => {
          setEvidence(sources);
          setDescription('');
          setSaved(true);
        },
      },
    );
  }

  if (!open)
    return (
      <dl className="inquiry-facts">
        <dt>{t('plan.prediction')}</dt>
        <dd>{inquiry.prediction ?? t('plan.none')}</dd>
        <dt>{t('plan.evidence')}</dt>
        <dd>
          <EvidenceList evidence={inquiry.evidence} />
        </dd>
      </dl>
    );

  return (
    <form className="form stack" noValidate onSubmit={onSubmit} data-testid="plan-form">
      {saved && <Alert tone="success">{t('plan.saved')}</Alert>}
      {update.error && !errorFor('prediction') ? <ErrorAlert error={update.error} /> : null}
      <TextArea
        label={t('plan.prediction')}
        hint={t('plan.predictionHint')}
        rows={2}
        value={prediction}
        onChange={(e) => setPrediction(e.target.value)}
        error={errorFor('prediction')}
      />
      <fieldset className="fieldset stack">
        <legend>{t('plan.evidence')}</legend>
        <p className="field-hint">{t('plan.evidenceHint')}</p>
        <ul className="plain-list" data-testid="evidence-list">
          {evidence.map((source, index) => (
            <li key={`${source.kind}:${source.description}`} className="inquiry-evidence">
              <span>
                <strong>{t(`evidenceKinds.${source.kind}`)}</strong> · {source.description}
              </span>
              <Button
                variant="secondary"
                type="button"
                aria-label={t('plan.removeNamed', { description: source.description })}
                onClick={() => setEvidence(evidence.filter((_, i) => i !== index))}
              >
                {t('plan.remove')}
              </Button>
            </li>
          ))}
        </ul>
        <div className="form-grid">
          <Select
            label={t('plan.kind')}
            options={EVIDENCE_KINDS.map((k) => ({ value: k, label: t(`evidenceKinds.${k}`) }))}
            value={kind}
            onChange={(e) => setKind(e.target.value as EvidenceKind)}
          />
          <TextField
            label={t('plan.description')}
            hint={t('plan.descriptionHint')}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            error={errorFor('evidence')}
          />
        </div>
        <div className="button-row">
          <Button variant="secondary" type="button" onClick={addSource}>
            {t('plan.addSource')}
          </Button>
        </div>
      </fieldset>
      <FormActions busy={update.isPending} submitLabel={t('plan.save')} />
    </form>
  );
}

function EvidenceList({ evidence }: { evidence: EvidenceSource[] }) {
  const { t } = useTranslation('inquiry');
  if (evidence.length === 0) return <>{t('plan.none')}</>;
  return (
    <ul className="plain-list">
      {evidence.map((source) => (
        <li key={`${source.kind}:${source.description}`}>
          <strong>{t(`evidenceKinds.${source.kind}`)}</strong> · {source.description}
        </li>
      ))}
    </ul>
  );
}
