import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftBody, EvidenceItem, Submission } from '#core/contracts/credentials';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextArea } from '../../components/TextArea';
import { useDebounced } from '../../lib/useDebounced';
import { EvidencePicker } from './EvidencePicker';
import { useSaveDraft, useSubmit } from './useCredentials';

const same = (a: DraftBody, b: DraftBody) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The teacher's draft: evidence per requirement and a short reflection on each, saved by itself a
 * moment after each change (nothing typed is lost), then submitted. Locked while under review.
 */
export function SubmissionEditor({ submission }: { submission: Submission }) {
  const { t } = useTranslation('credentials');
  const [draft, setDraft] = useState<DraftBody>(submission.draft ?? { evidence: [], reflections: {} });
  const saved = useRef<DraftBody>(submission.draft ?? { evidence: [], reflections: {} });
  const save = useSaveDraft(submission.id);
  const saveDraft = save.mutate;
  const submit = useSubmit(submission.id);
  const settled = useDebounced(draft, 800);
  const labels = useMemo(() => new Map<string, string>(), []);
  const reflectionIds = useId();

  useEffect(() => {
    if (same(settled, saved.current)) return;
    const sending = settled;
    saveDraft(sending, { onSuccess: () => (saved.current = sending) });
  }, [settled, saveDraft]);

  const update = (change: (d: DraftBody) => DraftBody) => setDraft((d) => change(d));
  const add = (item: EvidenceItem) => update((d) => ({ ...d, evidence: [...d.evidence, item] }));
  const remove = (index: number) => update((d) => ({ ...d, evidence: d.evidence.filter((_, i) => i !== index) }));
  const dirty = !same(draft, saved.current);

  async function send() {
    if (dirty) {
      await save.mutateAsync(draft);
      saved.current = draft;
    }
    submit.mutate();
  }

  return (
    <Card title={t('editor.title')} testId="credential-editor">
      <p className="field-hint" aria-live="polite" data-testid="autosave-status">
        {save.isPending ? t('editor.saving') : dirty ? t('editor.unsaved') : t('editor.saved')}
      </p>
      {save.error ? <ErrorAlert error={save.error} /> : null}
      {submission.microCredential.requirements.map((requirement) => {
        const items = draft.evidence
          .map((item, index) => ({ item, index }))
          .filter((e) => e.item.requirementId === requirement.id);
        const attached = new Set(items.flatMap(({ item }) => ('artefactId' in item ? [item.artefactId] : [])));
        return (
          <section
            key={requirement.id}
            className="credential-requirement"
            data-testid={`requirement-${requirement.id}`}
          >
            <h3>{requirement.prompt}</h3>
            <p className="field-hint">
              {t('editor.asks', { count: requirement.count, kind: t(`kinds.${requirement.kind}`) })}
            </p>
            {items.length > 0 && (
              <ul className="credential-evidence">
                {items.map(({ item, index }) => (
                  <li key={index}>
                    <span>
                      {item.type === 'text'
                        ? item.text
                        : (labels.get(item.artefactId) ?? `${t(`kinds.${item.type}`)} ${item.artefactId.slice(0, 8)}`)}
                    </span>
                    <Button variant="ghost" onClick={() => remove(index)}>
                      {t('editor.remove')}
                    </Button>
                  </li>
                ))}
              </ul>
            )}
            <EvidencePicker requirement={requirement} attached={attached} onAdd={add} labels={labels} />
            <TextArea
              id={`${reflectionIds}-${requirement.id}`}
              label={t('editor.reflection')}
              hint={t('editor.reflectionHint')}
              value={draft.reflections[requirement.id] ?? ''}
              onChange={(e) => {
                const value = e.target.value;
                update((d) => ({ ...d, reflections: { ...d.reflections, [requirement.id]: value } }));
              }}
            />
          </section>
        );
      })}
      {submit.error ? <ErrorAlert error={submit.error} /> : null}
      {submit.isSuccess && <Alert tone="success">{t('editor.submitted')}</Alert>}
      <div className="button-row">
        <Button onClick={() => void send()} busy={submit.isPending || save.isPending}>
          {submission.attempts.length > 0 ? t('editor.resubmit') : t('editor.submit')}
        </Button>
      </div>
    </Card>
  );
}
