import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PATHWAY_AUDIENCES } from '#core/contracts/pathways';
import { moveStep, removeStep } from '#core/pathways/index';
import { Button } from '../../components/Button';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { Select } from '../../components/Select';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { useInitiatives } from '../impact/useImpact';
import { CardPicker } from '../library/CardPicker';
import { type DraftStep, emptyTask, newKey, type PathwayDraft, readStored, store } from './authoring';
import './pathways.css';

/** Writes a pathway: title and description in either language, the audience, and ordered steps. */
export function PathwayForm({
  storageKey,
  initial,
  busy,
  error,
  submitLabel,
  onSubmit,
}: {
  /** Where unsaved work is kept for this tab ("new", or the pathway's id); the page forgets it once saved. */
  storageKey: string;
  initial: PathwayDraft;
  busy: boolean;
  error: unknown;
  submitLabel: string;
  onSubmit: (draft: PathwayDraft) => void;
}) {
  const { t, i18n } = useTranslation('pathways');
  const [draft, setDraft] = useState(() => readStored(storageKey) ?? initial);
  useEffect(() => store(storageKey, draft), [storageKey, draft]);
  const initiatives = useInitiatives();
  const es = i18n.language.startsWith('es');
  const [addingCard, setAddingCard] = useState(false);
  const set = (patch: Partial<PathwayDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setStep = (index: number, patch: Partial<DraftStep>) =>
    setDraft((d) => ({ ...d, steps: d.steps.map((s, i) => (i === index ? ({ ...s, ...patch } as DraftStep) : s)) }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(draft);
  };

  return (
    <form className="stack" onSubmit={submit} data-testid="pathway-form" noValidate>
      <fieldset className="stack">
        <legend>{t('form.about')}</legend>
        <TextField
          label={t('form.titleEn')}
          value={draft.titleEn}
          onChange={(e) => set({ titleEn: e.target.value })}
          maxLength={200}
        />
        <TextField
          label={t('form.titleEs')}
          value={draft.titleEs}
          onChange={(e) => set({ titleEs: e.target.value })}
          maxLength={200}
        />
        <TextArea
          label={t('form.descriptionEn')}
          value={draft.descriptionEn}
          onChange={(e) => set({ descriptionEn: e.target.value })}
          maxLength={2000}
          rows={2}
        />
        <TextArea
          label={t('form.descriptionEs')}
          value={draft.descriptionEs}
          onChange={(e) => set({ descriptionEs: e.target.value })}
          maxLength={2000}
          rows={2}
        />
        <Select
          label={t('form.audience')}
          value={draft.audience}
          onChange={(e) => set({ audience: e.target.value as PathwayDraft['audience'] })}
          options={PATHWAY_AUDIENCES.map((value) => ({ value, label: t(`audience.${value}`) }))}
        />
        <Select
          label={t('form.initiative')}
          placeholder={t('form.noInitiative')}
          value={draft.initiativeId}
          onChange={(e) => set({ initiativeId: e.target.value })}
          options={(initiatives.data?.items ?? []).map((initiative) => ({
            value: initiative.id,
            label: `${(es ? initiative.name.es : initiative.name.en) ?? initiative.name.en ?? initiative.name.es ?? ''} (${initiative.schoolYear})`,
          }))}
        />
      </fieldset>

      <fieldset className="stack">
        <legend>{t('form.steps')}</legend>
        {draft.steps.length === 0 && <p className="muted">{t('form.noSteps')}</p>}
        <ol className="pathway-steps" data-testid="pathway-form-steps">
          {draft.steps.map((step, index) => (
            <li key={step.key} className="pathway-step stack" data-testid="pathway-form-step">
              <div className="pathway-editor-step">
                <strong>
                  {t('form.stepNumber', { n: index + 1 })} · {step.kind === 'card' ? t('step.card') : t('step.task')}
                  {step.kind === 'card' && `: ${step.cardId}`}
                </strong>
                <div className="button-row">
                  <Button
                    type="button"
                    variant="secondary"
                    className="btn-small"
                    disabled={index === 0}
                    aria-label={t('form.moveUp', { n: index + 1 })}
                    onClick={() => set({ steps: moveStep(draft.steps, index, -1) })}
                  >
                    {t('form.up')}
                  </Button>
                  <Button
                    type="button"
                    variant="secondary"
                    className="btn-small"
                    disabled={index === draft.steps.length - 1}
                    aria-label={t('form.moveDown', { n: index + 1 })}
                    onClick={() => set({ steps: moveStep(draft.steps, index, 1) })}
                  >
                    {t('form.down')}
                  </Button>
                  <Button
                    type="button"
                    variant="ghost"
                    className="btn-small"
                    aria-label={t('form.removeStep', { n: index + 1 })}
                    onClick={() => set({ steps: removeStep(draft.steps, index) })}
                  >
                    {t('form.remove')}
                  </Button>
                </div>
              </div>
              {step.kind === 'task' && (
                <>
                  <TextField
                    label={t('form.taskTitleEn')}
                    value={step.titleEn}
                    onChange={(e) => setStep(index, { titleEn: e.target.value })}
                    maxLength={200}
                  />
                  <TextField
                    label={t('form.taskTitleEs')}
                    value={step.titleEs}
                    onChange={(e) => setStep(index, { titleEs: e.target.value })}
                    maxLength={200}
                  />
                  <TextArea
                    label={t('form.instructionsEn')}
                    value={step.instructionsEn}
                    onChange={(e) => setStep(index, { instructionsEn: e.target.value })}
                    rows={2}
                  />
                  <TextArea
                    label={t('form.instructionsEs')}
                    value={step.instructionsEs}
                    onChange={(e) => setStep(index, { instructionsEs: e.target.value })}
                    rows={2}
                  />
                </>
              )}
            </li>
          ))}
        </ol>
        {addingCard ? (
          <CardPicker
            value={null}
            testId="pathway-card-picker"
            onChange={(cardId) => {
              if (cardId) set({ steps: [...draft.steps, { key: newKey(), kind: 'card', cardId }] });
              setAddingCard(false);
            }}
            labels={{
              chosen: t('picker.chosen'),
              preview: t('picker.preview'),
              remove: t('picker.remove'),
              search: t('picker.search'),
              searchHint: t('picker.searchHint'),
              none: t('picker.none'),
              results: t('picker.results'),
              choose: t('picker.choose'),
              chooseNamed: (title) => t('picker.chooseNamed', { title }),
            }}
          />
        ) : null}
        <div className="button-row">
          <Button type="button" variant="secondary" onClick={() => setAddingCard((v) => !v)}>
            {addingCard ? t('form.cancelCard') : t('form.addCard')}
          </Button>
          <Button type="button" variant="secondary" onClick={() => set({ steps: [...draft.steps, emptyTask()] })}>
            {t('form.addTask')}
          </Button>
        </div>
      </fieldset>
      {error ? <ErrorAlert error={error} /> : null}
      <FormActions busy={busy} submitLabel={submitLabel} />
    </form>
  );
}
