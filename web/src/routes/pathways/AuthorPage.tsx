import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { Pathway } from '#core/contracts/pathways';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { emptyDraft, forget, fromPathway, toBody } from '../../features/pathways/authoring';
import { PathwayForm } from '../../features/pathways/PathwayForm';
import { useCreatePathway, usePathway, useSavePathway } from '../../features/pathways/usePathways';

/** District admins, coaches and school leaders write a new pathway (a draft until published). */
export function NewPathwayPage() {
  const { t } = useTranslation('pathways');
  const navigate = useNavigate();
  const create = useCreatePathway();
  const [initial] = useState(emptyDraft);
  return (
    <>
      <PageHeader
        title={t('author.newTitle')}
        description={t('author.newDescription')}
        back={<Link to="/pathways">{t('detail.back')}</Link>}
      />
      <PathwayForm
        storageKey="new"
        initial={initial}
        busy={create.isPending}
        error={create.error}
        submitLabel={t('author.create')}
        onSubmit={(draft) =>
          create.mutate(toBody(draft), {
            onSuccess: (pathway) => {
              forget('new');
              navigate(`/pathways/${pathway.id}`);
            },
          })
        }
      />
    </>
  );
}

export function EditPathwayPage() {
  const { id = '' } = useParams();
  const pathway = usePathway(id);
  return (
    <QueryState query={pathway} isEmpty={false} empty={null}>
      {pathway.data && <EditView key={pathway.data.id} pathway={pathway.data} />}
    </QueryState>
  );
}

function EditView({ pathway }: { pathway: Pathway }) {
  const { t } = useTranslation('pathways');
  const navigate = useNavigate();
  const save = useSavePathway(pathway.id);
  const [initial] = useState(() => fromPathway(pathway));
  return (
    <>
      <PageHeader
        title={t('author.editTitle', { title: pathway.title })}
        back={<Link to={`/pathways/${pathway.id}`}>{t('author.backToPathway')}</Link>}
      />
      <PathwayForm
        storageKey={pathway.id}
        initial={initial}
        busy={save.isPending}
        error={save.error}
        submitLabel={t('author.save')}
        onSubmit={(draft) =>
          save.mutate(toBody(draft), {
            onSuccess: () => {
              forget(pathway.id);
              navigate(`/pathways/${pathway.id}`);
            },
          })
        }
      />
    </>
  );
}
