import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { Card } from '../../components/Card';
import { PageHeader } from '../../components/PageHeader';
import { ScheduleForm } from '../../features/observations/ScheduleForm';
import '../../features/observations/observations.css';

export function ScheduleObservationPage() {
  const { t } = useTranslation('observations');
  const navigate = useNavigate();
  return (
    <>
      <PageHeader
        title={t('schedule.title')}
        description={t('schedule.description')}
        back={<Link to="/coaching">{t('caseload.back')}</Link>}
      />
      <Card>
        <ScheduleForm onScheduled={(observation) => navigate(`/observations/${observation.id}`)} />
      </Card>
    </>
  );
}
