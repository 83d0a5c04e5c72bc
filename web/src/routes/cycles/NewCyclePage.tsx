import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { Card } from '../../components/Card';
import { PageHeader } from '../../components/PageHeader';
import { StartCycleForm } from '../../features/cycles/StartCycleForm';
import '../../features/cycles/cycles.css';

/** A coach (or school leader acting as one) starts a cycle; `?teacherId=` comes preselected from elsewhere. */
export function NewCyclePage() {
  const { t } = useTranslation('cycles');
  const [params] = useSearchParams();
  return (
    <>
      <PageHeader
        title={t('start.title')}
        description={t('start.description')}
        back={<Link to="/cycles">{t('list.back')}</Link>}
      />
      <Card>
        <StartCycleForm teacherId={params.get('teacherId') ?? ''} />
      </Card>
    </>
  );
}
