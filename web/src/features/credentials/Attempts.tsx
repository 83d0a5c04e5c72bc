import { useTranslation } from 'react-i18next';
import type { Submission } from '#core/contracts/credentials';
import { Card } from '../../components/Card';
import { formatDate, formatDateTime } from '../../lib/format';

/** Every attempt as submitted (snapshots, reflections) and its review: the history is never rewritten. */
export function Attempts({ submission }: { submission: Submission }) {
  const { t, i18n } = useTranslation('credentials');
  const { requirements, rubric } = submission.microCredential;
  const criterion = new Map(rubric.map((c) => [c.id, c]));
  return (
    <>
      {[...submission.attempts].reverse().map((attempt) => (
        <Card
          key={attempt.number}
          level={2}
          title={t('attempts.title', {
            number: attempt.number,
            date: formatDateTime(attempt.submittedAt, i18n.language),
          })}
          testId={`attempt-${attempt.number}`}
        >
          {attempt.decision && (
            <div className="stack">
              <p>
                <strong>{t(`status.${attempt.decision}`)}</strong>
                {attempt.reviewerName && ` · ${t('attempts.reviewedBy', { name: attempt.reviewerName })}`}
              </p>
              {attempt.feedback && <p>{attempt.feedback}</p>}
              <ul className="credential-evidence">
                {(attempt.scores ?? []).map((score) => {
                  const c = criterion.get(score.criterionId);
                  return (
                    <li key={score.criterionId}>
                      <span>
                        <strong>{c?.name ?? score.criterionId}</strong>: {c?.levels[score.level] ?? score.level}{' '}
                        {score.passed ? t('attempts.met') : t('attempts.notMet')}
                        {score.feedback && ` — ${score.feedback}`}
                      </span>
                    </li>
                  );
                })}
              </ul>
            </div>
          )}
          {requirements.map((r) => (
            <div key={r.id} className="credential-requirement">
              <h3>{r.prompt}</h3>
              <ul className="credential-evidence">
                {attempt.evidence
                  .filter((e) => e.requirementId === r.id)
                  .map((e, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a submitted attempt never changes order
                    <li key={`${e.artefactId ?? 'text'}-${i}`}>
                      <span>
                        <strong>{e.title || t(`kinds.${e.type}`)}</strong> {e.summary}
                        {e.artefactDate && ` (${formatDate(e.artefactDate, i18n.language)})`}
                      </span>
                    </li>
                  ))}
              </ul>
              {attempt.reflections[r.id] && (
                <p>
                  <em>{t('attempts.reflection')}</em> {attempt.reflections[r.id]}
                </p>
              )}
            </div>
          ))}
        </Card>
      ))}
    </>
  );
}
