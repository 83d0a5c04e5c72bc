import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useMe } from '../../features/identity/useMe';
import { StudentWorkScoring } from '../../features/units/StudentWorkScoring';
import { sampleFileUrl, useDeleteSample, useSample } from '../../features/units/useUnits';
import '../../features/units/units.css';

/** One sample: the work itself, and scoring it against its success criteria. */
export function StudentWorkPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('units');
  const sample = useSample(id);
  const me = useMe().data;
  const remove = useDeleteSample();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  useDocumentTitle(sample.data?.title ?? t('gallery.title'));
  const back = <Link to={sample.data?.unitId ? `/units/${sample.data.unitId}` : '/units'}>{t('sample.back')}</Link>;
  return (
    <QueryState query={sample} isEmpty={false} empty={null}>
      {sample.data ? (
        <>
          <PageHeader
            title={sample.data.title}
            description={t('gallery.by', {
              name: sample.data.uploadedBy.name,
              count: sample.data.successCriteria.length,
            })}
            back={back}
            actions={
              sample.data.uploadedBy.id === me?.id ? (
                <Button variant="danger" busy={remove.isPending} onClick={() => setConfirming(true)}>
                  {t('sample.delete')}
                </Button>
              ) : undefined
            }
          />
          <ConfirmDialog
            open={confirming}
            title={t('sample.deleteTitle')}
            confirmLabel={t('sample.delete')}
            danger
            busy={remove.isPending}
            error={remove.error}
            onClose={() => setConfirming(false)}
            onConfirm={() => remove.mutate(id, { onSuccess: () => navigate('/units') })}
          >
            <p>{t('sample.deleteBody')}</p>
          </ConfirmDialog>
          <Card title={t('sample.work')}>
            {sample.data.contentType === 'application/pdf' ? (
              <a href={sampleFileUrl(id)}>{t('sample.downloadPdf', { name: sample.data.fileName })}</a>
            ) : (
              <img className="sw-preview" src={sampleFileUrl(id)} alt={t('sample.alt', { title: sample.data.title })} />
            )}
          </Card>
          <Card title={t('scoring.heading')}>
            <StudentWorkScoring sampleId={id} />
          </Card>
        </>
      ) : (
        back
      )}
    </QueryState>
  );
}
