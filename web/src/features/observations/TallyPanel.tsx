import { useTranslation } from 'react-i18next';
import { OBSERVATION_LIMITS } from '#core/contracts/observations';
import { Button } from '../../components/Button';
import type { PracticeIndex } from './practiceIndex';

/**
 * +1 / −1 counters for the look-fors of the visit's focus practices ("how many students
 * answered", "how many times wait time was given"). Counts are absolute and kept on the device
 * until the server has them.
 */
export function TallyPanel({
  index,
  focusPracticeIds,
  counts,
  pending,
  onChange,
}: {
  index: PracticeIndex;
  focusPracticeIds: string[];
  counts: Record<string, number>;
  pending: Record<string, number>;
  onChange: (lookForId: string, count: number) => void;
}) {
  const { t } = useTranslation('observations');
  const practices = focusPracticeIds.map((id) => index.practice(id)).filter((p) => p !== undefined);
  if (practices.length === 0) return <p className="muted">{t('capture.noFocus')}</p>;

  return (
    <div className="stack" data-testid="tallies">
      {practices.map((practice) => (
        <section key={practice.id}>
          <h3>
            {practice.code} {practice.title}
          </h3>
          <ul className="tally-list">
            {practice.lookFors.map((lookFor) => {
              const count = counts[lookFor.id] ?? 0;
              return (
                <li key={lookFor.id} className="tally" data-look-for={lookFor.code}>
                  <span>
                    {lookFor.text}
                    {lookFor.id in pending && <span className="visually-hidden"> ({t('capture.tallyWaiting')})</span>}
                  </span>
                  <span className="tally-controls">
                    <Button variant="secondary" disabled={count === 0} onClick={() => onChange(lookFor.id, count - 1)}>
                      −1<span className="visually-hidden"> ({t('capture.tallyMinus', { lookFor: lookFor.text })})</span>
                    </Button>
                    <output
                      className="tally-count"
                      aria-live="polite"
                      aria-label={t('capture.tallyCount', { lookFor: lookFor.text, count })}
                    >
                      {count}
                    </output>
                    <Button
                      variant="secondary"
                      disabled={count >= OBSERVATION_LIMITS.tally}
                      onClick={() => onChange(lookFor.id, count + 1)}
                    >
                      +1<span className="visually-hidden"> ({t('capture.tallyPlus', { lookFor: lookFor.text })})</span>
                    </Button>
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
