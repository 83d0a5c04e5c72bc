import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { Card } from '../../components/Card';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { Select } from '../../components/Select';
import { Spinner } from '../../components/Spinner';
import type { PracticeIndex } from './practiceIndex';
import type { Observation } from './types';
import { useRatings, useSaveRatings } from './useRatings';

/**
 * The ratings of an evaluative visit: kept apart from the evidence and the feedback, on a card
 * of their own that says what they are. The observer rates the visit's focus practices (or any
 * practice of the framework when none was agreed); the teacher reads them once feedback is shared.
 */
export function RatingsCard({
  visit,
  index,
  editable,
}: {
  visit: Observation;
  index: PracticeIndex;
  editable: boolean;
}) {
  const { t } = useTranslation('observations');
  const ratings = useRatings(visit.id, visit.kind === 'evaluative');
  if (visit.kind !== 'evaluative') return null;
  return (
    <Card title={t('ratings.title')} testId="ratings">
      <Alert tone="info">{t('ratings.apart')}</Alert>
      {ratings.isPending ? <Spinner /> : null}
      {ratings.isError ? <ErrorAlert error={ratings.error} onRetry={() => void ratings.refetch()} /> : null}
      {ratings.data ? (
        editable ? (
          <RatingsForm visit={visit} index={index} stored={ratings.data.items} />
        ) : ratings.data.items.length === 0 ? (
          <p className="muted">{t('ratings.none')}</p>
        ) : (
          <dl className="details-list">
            {ratings.data.items.map((r) => (
              <div key={r.practiceId}>
                <dt>{index.label(r.practiceId) ?? t('visit.unknownPractice')}</dt>
                <dd>
                  {levelLabel(index, r.practiceId, r.level, t('ratings.level', { level: r.level }))}
                  {r.note ? <p className="note-text">{r.note}</p> : null}
                </dd>
              </div>
            ))}
          </dl>
        )
      ) : null}
    </Card>
  );
}

const levelLabel = (index: PracticeIndex, practiceId: string, level: number, fallback: string) => {
  const named = index.practice(practiceId)?.levels.find((l) => l.level === level)?.label;
  return named ? `${level} · ${named}` : fallback;
};

function RatingsForm({
  visit,
  index,
  stored,
}: {
  visit: Observation;
  index: PracticeIndex;
  stored: { practiceId: string; level: number }[];
}) {
  const { t } = useTranslation('observations');
  const save = useSaveRatings(visit.id);
  const practices =
    visit.focusPracticeIds.length > 0
      ? visit.focusPracticeIds.flatMap((id) => index.practice(id) ?? [])
      : index.practices;
  const [levels, setLevels] = useState<Record<string, string>>({});
  useEffect(() => {
    setLevels(Object.fromEntries(stored.map((r) => [r.practiceId, String(r.level)])));
  }, [stored]);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const chosen = Object.entries(levels).filter(([, level]) => level !== '');
    save.mutate({ ratings: chosen.map(([practiceId, level]) => ({ practiceId, level: Number(level) })) });
  };

  return (
    <form onSubmit={submit} noValidate>
      {practices.map((practice) => (
        <Select
          key={practice.id}
          label={`${practice.code} ${practice.title}`}
          value={levels[practice.id] ?? ''}
          placeholder={t('ratings.notRated')}
          onChange={(event) => setLevels((current) => ({ ...current, [practice.id]: event.target.value }))}
          options={[1, 2, 3, 4].map((level) => ({
            value: String(level),
            label: levelLabel(index, practice.id, level, t('ratings.level', { level })),
          }))}
        />
      ))}
      {save.error ? <ErrorAlert error={save.error} /> : null}
      {save.isSuccess ? <p role="status">{t('ratings.saved')}</p> : null}
      <FormActions busy={save.isPending} submitLabel={t('ratings.save')} />
    </form>
  );
}
