import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Card } from '../../components/Card';
import { PageHeader } from '../../components/PageHeader';
import { StartInquiryForm } from '../../features/inquiry/StartInquiryForm';
import '../../features/cycles/cycles.css';
import '../../features/inquiry/inquiry.css';

export function NewInquiryPage() {
  const { t } = useTranslation('inquiry');
  return (
    <>
      <PageHeader
        title={t('start.title')}
        description={t('start.description')}
        back={<Link to="/inquiry">{t('list.back')}</Link>}
      />
      <Card>
        <StartInquiryForm />
      </Card>
    </>
  );
}
