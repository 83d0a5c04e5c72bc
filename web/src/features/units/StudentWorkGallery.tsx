import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { EmptyState } from '../../components/EmptyState';
import { LoadMore } from '../../components/LoadMore';
import { QueryState } from '../../components/QueryState';
import { sampleFileUrl, useStudentWork } from './useUnits';
import './units.css';

/** Samples of the reader's teams (or of one team or unit), newest first, each opening to be scored. */
export function StudentWorkGallery({ teamId, unitId }: { teamId?: string; unitId?: string }) {
  const { t } = useTranslation('units');
  const { items, query } = useStudentWork({ teamId, unitId });
  return (
    <QueryState query={query} isEmpty={items.length === 0} empty={<EmptyState title={t('gallery.empty')} />}>
      <ul className="sw-gallery" data-testid="student-work-gallery">
        {items.map((sample) => (
          <li key={sample.id} className="sw-tile">
            {sample.contentType === 'application/pdf' ? (
              <span className="sw-pdf" aria-hidden="true">
                PDF
              </span>
            ) : (
              <img className="sw-thumb" src={sampleFileUrl(sample.id)} alt="" loading="lazy" />
            )}
            <Link to={`/student-work/${sample.id}`}>{sample.title}</Link>
            <span className="sw-summary">
              {t('gallery.by', { name: sample.uploadedBy.name, count: sample.successCriteria.length })}
            </span>
          </li>
        ))}
      </ul>
      <LoadMore query={query} />
    </QueryState>
  );
}
