import { type MutableRefObject, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveSelfAssessmentBody, SelfAssessment } from '#core/contracts/self-assessment';
import { CPL_INSTRUMENT, CPL_SCALE, type CplDomain, type CplDomainDefinition } from '#core/cpl/index';
import { Card } from '../../components/Card';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextArea } from '../../components/TextArea';
import { readNoteBackup, writeNoteBackup } from './noteBackup';
import { localeOf, useSaveSelfAssessment } from './useSelfAssessment';

type Props = {
  assessment: SelfAssessment;
  /** Told whether a save is waiting or on its way (the page keeps Submit disabled meanwhile). */
  onPendingChange?: (pending: boolean) => void;
  /** Set to a function that saves every waiting note now and resolves once every save is done. */
  flushRef?: MutableRefObject<(() => Promise<void>) | null>;
};
const NOTE_DELAY_MS = 800;

/**
 * The questionnaire, one section per domain: each item a radio group on the 1–4 scale. Every
 * choice is saved at once (the server merges it into the draft); notes are saved shortly after
 * typing stops, when the field is left and when the page is left. A note not yet saved is kept in
 * session storage and restored on the next visit. Read-only for leaders and once submitted.
 */
export function Questionnaire({ assessment, onPendingChange, flushRef }: Props) {
  const { t, i18n } = useTranslation('self-assessment');
  const lang = localeOf(i18n.resolvedLanguage ?? i18n.language);
  const save = useSaveSelfAssessment(assessment.schoolYear);
  const [answers, setAnswers] = useState<Record<string, number>>(assessment.answers);
  const readOnly = !assessment.canEdit;
  const year = assessment.schoolYear;
  const [notes, setNotes] = useState<Partial<Record<CplDomain, string>>>(() => ({
    ...assessment.notes,
    ...(readOnly ? {} : readNoteBackup(year)),
  }));
  /** Notes typed but not yet sent, by domain, each with its timer. */
  const timers = useRef(new Map<CplDomain, { timer: ReturnType<typeof setTimeout>; text: string }>());
  const inFlight = useRef(new Set<Promise<unknown>>());
  const { mutateAsync } = save;
  const pendingChange = useRef(onPendingChange);
  pendingChange.current = onPendingChange;

  const report = useCallback(() => {
    pendingChange.current?.(timers.current.size > 0 || inFlight.current.size > 0);
  }, []);

  const send = useCallback(
    (body: SaveSelfAssessmentBody, onSaved?: () => void) => {
      const sent = mutateAsync(body).then(onSaved, () => undefined);
      inFlight.current.add(sent);
      report();
      void sent.finally(() => {
        inFlight.current.delete(sent);
        report();
      });
      return sent;
    },
    [mutateAsync, report],
  );

  const saveNote = useCallback(
    (domain: CplDomain, text: string) => {
      clearTimeout(timers.current.get(domain)?.timer);
      timers.current.delete(domain);
      return send({ notes: { [domain]: text.trim() === '' ? null : text } }, () => {
        // Forget the backup only if nothing newer was typed meanwhile.
        if (readNoteBackup(year)[domain] === text) writeNoteBackup(year, domain, null);
      });
    },
    [send, year],
  );

  const flush = useCallback(async () => {
    for (const [domain, { text }] of [...timers.current]) void saveNote(domain, text);
    await Promise.all([...inFlight.current]);
  }, [saveNote]);

  useEffect(() => {
    if (flushRef) flushRef.current = flush;
  }, [flush, flushRef]);

  // A new questionnaire (another year) starts with nothing waiting.
  useEffect(() => report(), [report]);

  // A note restored from session storage goes to the server at once (once per questionnaire).
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current || readOnly) return;
    restored.current = true;
    for (const [domain, text] of Object.entries(readNoteBackup(year)) as [CplDomain, string][])
      if ((assessment.notes[domain] ?? '') !== text) void saveNote(domain, text);
      else writeNoteBackup(year, domain, null);
  }, [readOnly, year, assessment.notes, saveNote]);

  // Leaving the page: what was typed is saved now rather than dropped (the backup stays until it is).
  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const [domain, { timer, text }] of [...pending]) {
        clearTimeout(timer);
        void mutateAsync({ notes: { [domain]: text.trim() === '' ? null : text } }).then(
          () => {
            if (readNoteBackup(year)[domain] === text) writeNoteBackup(year, domain, null);
          },
          () => undefined,
        );
      }
      pending.clear();
    };
  }, [mutateAsync, year]);

  function choose(itemId: string, value: number) {
    setAnswers((current) => ({ ...current, [itemId]: value }));
    void send({ answers: { [itemId]: value } });
  }

  function typeNote(domain: CplDomain, text: string) {
    setNotes((current) => ({ ...current, [domain]: text }));
    writeNoteBackup(year, domain, text);
    clearTimeout(timers.current.get(domain)?.timer);
    timers.current.set(domain, { timer: setTimeout(() => void saveNote(domain, text), NOTE_DELAY_MS), text });
    report();
  }

  const answeredIn = (domain: CplDomainDefinition) =>
    domain.subDimensions.flatMap((s) => s.items).filter((item) => answers[item.id] !== undefined).length;

  return (
    <div className="stack cpl-questionnaire">
      {!readOnly && (
        <p className="cpl-save-status" aria-live="polite" data-testid="save-status">
          {save.isPending ? t('save.saving') : save.isError ? '' : save.isSuccess ? t('save.saved') : t('save.auto')}
        </p>
      )}
      {save.isError && <ErrorAlert error={save.error} />}
      {CPL_INSTRUMENT.map((domain) => {
        const total = domain.subDimensions.reduce((n, s) => n + s.items.length, 0);
        return (
          <Card key={domain.id} title={domain.title[lang]} testId={`domain-${domain.id}`}>
            <p className="cpl-muted">{domain.summary[lang]}</p>
            <p className="cpl-muted">{t('questionnaire.answered', { count: answeredIn(domain), total })}</p>
            {domain.subDimensions.map((sub) => (
              <section key={sub.id} className="cpl-sub" aria-labelledby={`sub-${sub.id}`}>
                <h3 id={`sub-${sub.id}`}>{sub.title[lang]}</h3>
                {sub.items.map((item) => (
                  <fieldset key={item.id} className="cpl-item" disabled={readOnly} data-testid={`item-${item.id}`}>
                    <legend>{item.text[lang]}</legend>
                    <div className="cpl-scale">
                      {CPL_SCALE.map((point) => (
                        <label key={point.value} className="cpl-point">
                          <input
                            type="radio"
                            name={`item-${item.id}`}
                            value={point.value}
                            checked={answers[item.id] === point.value}
                            onChange={() => choose(item.id, point.value)}
                          />
                          <span>
                            <strong>{point.value}</strong> {point.label[lang]}
                          </span>
                        </label>
                      ))}
                    </div>
                  </fieldset>
                ))}
              </section>
            ))}
            <TextArea
              label={t('questionnaire.note', { domain: domain.title[lang] })}
              hint={t('questionnaire.noteHint')}
              value={notes[domain.id] ?? ''}
              maxLength={2000}
              rows={3}
              readOnly={readOnly}
              onChange={(e) => typeNote(domain.id, e.target.value)}
              onBlur={(e) => {
                if (!readOnly && timers.current.has(domain.id)) void saveNote(domain.id, e.target.value);
              }}
            />
          </Card>
        );
      })}
    </div>
  );
}
