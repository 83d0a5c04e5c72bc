import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CommunitySummary } from '#core/contracts/communities';
import { Alert } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import {
  useCommunityList,
  useCreateCommunity,
  useMembership,
  useOptIn,
} from '../../features/communities/useCommunities';
import { hasRole } from '../../features/identity/roles';
import { useMe } from '../../features/identity/useMe';
import '../../features/communities/communities.css';

/** Communities of inquiry the reader belongs to or may join; facilitators and admins start them, admins opt in. */
export function CommunitiesPage() {
  const { t } = useTranslation('communities');
  const me = useMe().data;
  const { items, query } = useCommunityList();
  return (
    <>
      <PageHeader title={t('list.title')} description={t('list.description')} />
      <Card title={t('list.heading')} testId="community-list">
        <QueryState query={query} isEmpty={items.length === 0} empty={<EmptyState title={t('list.empty')} />}>
          <ul className="community-list">
            {items.map((c) => (
              <CommunityItem key={c.id} community={c} />
            ))}
          </ul>
          <LoadMore query={query} />
        </QueryState>
      </Card>
      {hasRole(me, 'facilitator', 'district_admin') && <CreateCommunity />}
      {hasRole(me, 'district_admin') && <OptIn />}
    </>
  );
}

function CommunityItem({ community: c }: { community: CommunitySummary }) {
  const { t } = useTranslation('communities');
  const membership = useMembership(c.id);
  return (
    <li className="community-item" data-testid="community-item">
      <div className="community-item-row">
        <Link to={`/communities/${c.id}`}>
          <strong>{c.name}</strong>
        </Link>
        <span className="community-badges">
          {c.crossDistrict && <Badge tone="info">{t('badges.crossDistrict')}</Badge>}
          {c.myRole === 'facilitator' && <Badge tone="success">{t('badges.facilitator')}</Badge>}
          {c.isMember && c.myRole !== 'facilitator' && <Badge>{t('badges.member')}</Badge>}
          {c.flaggedThreads ? <Badge tone="warning">{t('badges.flagged', { count: c.flaggedThreads })}</Badge> : null}
        </span>
      </div>
      {c.description && <p className="muted">{c.description}</p>}
      <p className="community-person">
        {t('list.meta', {
          host: [c.hostName, c.hostCountry].filter(Boolean).join(', '),
          members: c.memberCount,
          threads: c.threadCount,
        })}
      </p>
      <div className="community-item-row">
        {c.isMember ? (
          c.myRole !== 'facilitator' && (
            <Button variant="secondary" busy={membership.isPending} onClick={() => membership.mutate(false)}>
              {t('actions.leave', { name: c.name })}
            </Button>
          )
        ) : (
          <Button busy={membership.isPending} onClick={() => membership.mutate(true)}>
            {t('actions.join', { name: c.name })}
          </Button>
        )}
      </div>
      {membership.error ? <ErrorAlert error={membership.error} /> : null}
    </li>
  );
}

function CreateCommunity() {
  const { t } = useTranslation('communities');
  const create = useCreateCommunity();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [crossDistrict, setCrossDistrict] = useState(false);
  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate(
      { name, description, crossDistrict },
      {
        onSuccess: () => {
          setName('');
          setDescription('');
          setCrossDistrict(false);
        },
      },
    );
  }
  return (
    <Card title={t('create.title')} testId="create-community">
      <form className="community-form" onSubmit={submit}>
        <TextField
          label={t('create.name')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
          maxLength={120}
        />
        <TextArea
          label={t('create.description')}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          maxLength={2000}
          rows={3}
        />
        <label className="choice choice-block">
          <input type="checkbox" checked={crossDistrict} onChange={(e) => setCrossDistrict(e.target.checked)} />
          <span>
            {t('create.crossDistrict')}
            <span className="field-hint">{t('create.crossDistrictHint')}</span>
          </span>
        </label>
        {create.error ? <ErrorAlert error={create.error} /> : null}
        {create.isSuccess && <Alert tone="success">{t('create.done', { name: create.data.name })}</Alert>}
        <div>
          <Button type="submit" busy={create.isPending}>
            {t('create.submit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}

function OptIn() {
  const { t } = useTranslation('communities');
  const optIn = useOptIn();
  const [code, setCode] = useState('');
  return (
    <Card title={t('optIn.title')} testId="opt-in">
      <form
        className="community-form"
        onSubmit={(event) => {
          event.preventDefault();
          optIn.mutate(code.trim(), { onSuccess: () => setCode('') });
        }}
      >
        <p className="muted">{t('optIn.what')}</p>
        <TextField
          label={t('optIn.code')}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          required
          maxLength={40}
          autoComplete="off"
        />
        {optIn.error ? <ErrorAlert error={optIn.error} /> : null}
        {optIn.isSuccess && <Alert tone="success">{t('optIn.done', { name: optIn.data.name })}</Alert>}
        <div>
          <Button type="submit" busy={optIn.isPending}>
            {t('optIn.submit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
