import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Meeting } from '#core/contracts/meetings';
import { StudentWorkScoring } from '../units/StudentWorkScoring';
import { sampleFileUrl } from '../units/useUnits';

/**
 * The student work a meeting looks at: each linked sample, a way to open it, and scoring against
 * its success criteria, recorded with this meeting (looking at student work, PEDAGOGY.md §5).
 */
export function MeetingStudentWork({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('meetings');
  const samples = (meeting.artefacts ?? []).filter((a) => a.type === 'student-work');
  if (samples.length === 0) return null;
  return (
    <div className="stack" data-testid="meeting-student-work">
      <p className="muted">{t('studentWork.hint')}</p>
      {samples.map((sample) => (
        <section key={sample.id} className="stack" aria-labelledby={`sample-${sample.id}`}>
          <h3 id={`sample-${sample.id}`}>{sample.title}</h3>
          <p>
            <a href={sampleFileUrl(sample.id)} target="_blank" rel="noopener">
              {t('studentWork.open', { title: sample.title })}
            </a>{' '}
            · <Link to={`/student-work/${sample.id}`}>{t('studentWork.page')}</Link>
          </p>
          <StudentWorkScoring sampleId={sample.id} meetingId={meeting.id} />
        </section>
      ))}
    </div>
  );
}
