import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/Button';
import { Card } from '../../components/Card';

/** The way in from district settings and the self-assessment: no navigation item of its own. */
export function PeerDistrictsLink() {
  const { t } = useTranslation('peer-districts');
  return (
    <Card title={t('link.title')} testId="peer-districts-link">
      <p className="muted">{t('link.text')}</p>
      <div>
        <ButtonLink to="/districts-like-yours" variant="secondary">
          {t('link.open')}
        </ButtonLink>
      </div>
    </Card>
  );
}
