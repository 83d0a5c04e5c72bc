import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/Badge';
import { practiceLabel } from './practiceLabel';
import type { ResourceSummary } from './types';

/** Reading time, language (when it is not the reader's) and tags: the same line on a result and on the card. */
export function ResourceMeta({ resource }: { resource: ResourceSummary }) {
  const { t, i18n } = useTranslation();
  const otherLanguage = resource.locale !== i18n.resolvedLanguage;
  return (
    <div className="resource-meta">
      <span>{t('library:minutes', { minutes: resource.minutes })}</span>
      {otherLanguage && <Badge tone="info">{t(`common:language.${resource.locale}`)}</Badge>}
      {resource.tags.length > 0 && (
        <ul className="badge-list" aria-label={t('library:tags')} lang={resource.locale}>
          {resource.tags.map((tag) => (
            <li key={tag}>
              <Badge>{practiceLabel(t, tag)}</Badge>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
