import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';

/** Communities of inquiry arrive in a later release; facilitators still get a clear landing spot. */
export function FacilitatorHome() {
  const { t } = useTranslation();
  return (
    <Card title={t('home:facilitator.title')} testId="home-facilitator">
      <p>{t('home:facilitator.what')}</p>
      <p className="muted">{t('home:facilitator.later')}</p>
    </Card>
  );
}
