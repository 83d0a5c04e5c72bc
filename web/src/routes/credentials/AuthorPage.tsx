import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { MicroCredentialPatch, MicroCredentialSource } from '#core/contracts/credentials';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { type AuthoringState, emptyState, forget, stateFromSource, toBody } from '../../features/credentials/authoring';
import { CredentialForm } from '../../features/credentials/CredentialForm';
import {
  useCreateCredential,
  useCredentialSource,
  useUpdateCredential,
} from '../../features/credentials/useCredentials';
import { formatDate } from '../../lib/format';
import '../../features/credentials/credentials.css';

/** District admins and coaches write a new micro-credential. */
export function NewCredentialPage() {
  const { t, i18n } = useTranslation('credentials');
  const navigate = useNavigate();
  const create = useCreateCredential();
  const [initial] = useState(() => emptyState(i18n.language.startsWith('es') ? 'es' : 'en'));
  return (
    <>
      <PageHeader
        title={t('author.newTitle')}
        description={t('author.newDescription')}
        back={<Link to="/credentials">{t('catalogue.back')}</Link>}
      />
      <CredentialForm
        draftKey="new"
        initial={initial}
        busy={create.isPending}
        error={create.error}
        submitLabel={t('author.create')}
        onSave={(state) =>
          create.mutate(toBody(state), {
            onSuccess: () => {
              forget('new');
              navigate('/credentials', { state: { flash: t('author.created') } });
            },
          })
        }
      />
    </>
  );
}

/** Edit one: everything before any teacher starts, then title and description; archive or restore. */
export function EditCredentialPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('credentials');
  const source = useCredentialSource(id);
  return (
    <QueryState query={source} isEmpty={false} empty={null}>
      {source.data && <EditView key={source.data.id} source={source.data} />}
      {!source.data && <Link to="/credentials">{t('catalogue.back')}</Link>}
    </QueryState>
  );
}

function EditView({ source }: { source: MicroCredentialSource }) {
  const { t, i18n } = useTranslation('credentials');
  const navigate = useNavigate();
  const save = useUpdateCredential(source.id);
  const archive = useUpdateCredential(source.id);
  const [initial] = useState(() => stateFromSource(source));
  const title = source.title[i18n.language.startsWith('es') ? 'es' : 'en'] ?? source.title.en ?? source.title.es ?? '';

  function patchOf(state: AuthoringState): MicroCredentialPatch {
    const body = toBody(state);
    if (!source.contentEditable) return { title: body.title, description: body.description };
    return body;
  }

  return (
    <>
      <PageHeader
        title={t('author.editTitle', { title })}
        back={<Link to="/credentials">{t('catalogue.back')}</Link>}
      />
      <div className="stack">
        <CredentialForm
          draftKey={source.id}
          initial={initial}
          contentLocked={!source.contentEditable}
          busy={save.isPending}
          error={save.error}
          submitLabel={t('author.save')}
          onSave={(state) =>
            save.mutate(patchOf(state), {
              onSuccess: () => {
                forget(source.id);
                navigate('/credentials', { state: { flash: t('author.saved') } });
              },
            })
          }
        />
        <Card title={source.archivedAt ? t('author.archivedTitle') : t('author.archiveTitle')} testId="archive">
          {source.archivedAt ? (
            <Alert tone="warning">
              {t('author.archivedOn', { date: formatDate(source.archivedAt, i18n.language) })}
            </Alert>
          ) : (
            <p>{t('author.archiveHint')}</p>
          )}
          {archive.error ? <ErrorAlert error={archive.error} /> : null}
          <div className="button-row">
            <Button
              variant={source.archivedAt ? 'secondary' : 'danger'}
              busy={archive.isPending}
              onClick={() => archive.mutate({ archived: !source.archivedAt })}
            >
              {source.archivedAt ? t('author.restore') : t('author.archive')}
            </Button>
          </div>
        </Card>
      </div>
    </>
  );
}
