import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftBody, EvidenceItem, Submission } from '#core/contracts/credentials';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextArea } from '../../components/TextArea';
import { useDebounced } from '../../lib/useDebounced';
import { readBackup, writeBackup } from './draftBackup';
import { EvidencePicker } from './EvidencePicker';
import { useSaveDraft, useSubmit } from './useCredentials';

const same = (a: DraftBody, b: DraftBody) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The teacher's draft: evidence per requirement and a short reflection on each, saved by itself a
 * moment after each change (nothing typed is lost), then submitted. Locked while under review.
 */
export function SubmissionEditor({ submission }: { submission: Submission }) {
  const { t } = useTranslation('credentials');
  const serverDraft = submission.draft ?? { evidence: [], reflections: {} };
  // What this tab wrote and the server never got (the page was left, or a save failed) comes back.
  const [draft, setDraft] = useState<DraftBody>(() => readBackup(submission.id) ?? serverDraft);
  const saved = useRef<DraftBody>(serverDraft);
  const save = useSaveDraft(submission.id);
  const saveAsync = save.mutateAsync;
  const submit = useSubmit(submission.id);
  const settled = useDebounced(draft, 800);
  const labels = useMemo(() => new Map<string, string>(), []);
  const reflectionIds = useId();
  // Saves go one after another, in the order they were made: an older draft never lands last.
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => writeBackup(submission.id, same(draft, saved.current) ? null : draft), [draft, submission.id]);

  const enqueue = useCallback(
    (sending: DraftBody) => {
      const next = queue.current.then(async () => {
        if (same(sending, saved.current)) return;
        await saveAsync(sending);
        saved.current = sending;
        writeBackup(submission.id, null);
      });
      queue.current = next.catch(() => undefined);
      return next;
    },
    [saveAsync, submission.id],
  );

  useEffect(() => {
    if (!same(settled, saved.current)) enqueue(settled).catch(() => undefined);
  }, [settled, enqueue]);

  const update = (change: (d: DraftBody) => DraftBody) => setDraft((d) => change(d));
  const add = (item: EvidenceItem) => update((d) => ({ ...d, evidence: [...d.evidence, item] }));
  const remove = (index: number) => update((d) => ({ ...d, evidence: d.evidence.filter((_, i) => i !== index) }));
  const dirty = !same(draft, saved.current);

  async function send() {
    if (dirty) await enqueue(draft);
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
