import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SCORE_LEVELS } from '#core/contracts/units';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { QueryState } from '../../components/QueryState';
import { TextField } from '../../components/TextField';
import { useSample, useScoreSample } from './useUnits';
import './units.css';

type Draft = Record<string, { level: number | null; note: string }>;

/**
 * Score one sample of student work against its success criteria (levels 1–4, a note each), and
 * see how the team's scores spread. Embeddable: a looking-at-student-work meeting passes its id.
 */
export function StudentWorkScoring({ sampleId, meetingId }: { sampleId: string; meetingId?: string }) {
  const { t } = useTranslation('units');
  const query = useSample(sampleId);
  const score = useScoreSample(sampleId);
  const [draft, setDraft] = useState<Draft>({});
  const baseId = useId();
  const sample = query.data;

  useEffect(() => {
    if (!sample) return;
    setDraft((current) => {
      const next: Draft = {};
      for (const criterion of sample.successCriteria) {
        const mine = sample.myScores.find((s) => s.criterion === criterion);
        next[criterion] = current[criterion] ?? { level: mine?.level ?? null, note: mine?.note ?? '' };
      }
      return next;
    });
  }, [sample]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const scores = Object.entries(draft)
      .filter(([, value]) => value.level !== null)
      .map(([criterion, value]) => ({
        criterion,
        level: value.level!,
        ...(value.note.trim() ? { note: value.note.trim() } : {}),
      }));
    if (scores.length === 0) return;
    score.mutate({ meetingId: meetingId ?? null, scores });
  };

  return (
    <QueryState query={query} isEmpty={false} empty={null}>
      {sample && sample.successCriteria.length === 0 ? (
        <Alert tone="info">{t('scoring.noCriteria')}</Alert>
      ) : (
        sample && (
          <form className="stack sw-scoring" onSubmit={submit} aria-label={t('scoring.title', { title: sample.title })}>
            {sample.successCriteria.map((criterion, index) => {
              const value = draft[criterion] ?? { level: null, note: '' };
              const summary = sample.summary.find((s) => s.criterion === criterion);
              const set = (patch: Partial<Draft[string]>) =>
                setDraft((current) => ({ ...current, [criterion]: { ...value, ...patch } }));
              return (
                <fieldset key={criterion} className="sw-criterion">
                  <legend>{criterion}</legend>
                  <div className="sw-levels">
                    {SCORE_LEVELS.map((level) => (
                      <label key={level} className="sw-level">
                        <input
                          type="radio"
                          name={`${baseId}-${index}`}
                          value={level}
                          checked={value.level === level}
                          onChange={() => set({ level })}
                        />
                        <span>{t(`scoring.levels.${level}`)}</span>
                      </label>
                    ))}
                  </div>
                  <TextField
                    label={t('scoring.note')}
                    value={value.note}
                    maxLength={4000}
                    onChange={(event) => set({ note: event.target.value })}
                  />
                  {summary && summary.count > 0 && (
                    <p className="sw-summary" data-testid="score-summary">
                      {t('scoring.summary', {
                        count: summary.count,
                        mean: summary.mean,
                        l1: summary.levels[0],
                        l2: summary.levels[1],
                        l3: summary.levels[2],
                        l4: summary.levels[3],
                      })}
                    </p>
                  )}
                </fieldset>
              );
            })}
            {score.isError && <ErrorAlert error={score.error} />}
            {score.isSuccess && <Alert tone="success">{t('scoring.saved', { count: sample.scorers })}</Alert>}
            <FormActions busy={score.isPending} submitLabel={t('scoring.save')} />
          </form>
        )
      )}
    </QueryState>
  );
}
