import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../components/PageHeader';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('common:notFound.title')} description={t('common:notFound.description')} />
      <Link to="/">{t('common:actions.goHome')}</Link>
    </>
  );
}
