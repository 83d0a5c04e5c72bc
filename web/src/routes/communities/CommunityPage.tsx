import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Community } from '#core/contracts/communities';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { CopyButton } from '../../components/CopyButton';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { Spinner } from '../../components/Spinner';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { Person, personLine } from '../../features/communities/Person';
import { ShareArtefactPicker, type SharedArtefact } from '../../features/communities/ShareArtefactPicker';
import { ThreadFlags } from '../../features/communities/ThreadFlags';
import {
  useCommunity,
  useCommunityMembers,
  useCreateThread,
  useMembership,
  useOptOut,
  useThreads,
} from '../../features/communities/useCommunities';
import { hasRole } from '../../features/identity/roles';
import { useMe } from '../../features/identity/useMe';
import { useFormatDate } from '../../lib/format';
import '../../features/communities/communities.css';

/** A community: its threads (with CoI flags for facilitators), a new thread, its districts and members. */
export function CommunityPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('communities');
  const community = useCommunity(id);
  if (community.isPending) return <Spinner />;
  if (community.isError) return <ErrorAlert error={community.error} onRetry={() => void community.refetch()} />;
  const c = community.data;
  return (
    <>
      <PageHeader
        title={c.name}
        description={c.description || undefined}
        back={<Link to="/communities">{t('community.back')}</Link>}
      />
      <About community={c} />
      {c.mayOptOut && <OptOutCard community={c} />}
      {c.isMember ? (
        <>
          <Threads community={c} />
          <NewThread communityId={c.id} />
          <Members communityId={c.id} />
        </>
      ) : (
        <JoinCard community={c} />
      )}
    </>
  );
}

function About({ community: c }: { community: Community }) {
  const { t } = useTranslation('communities');
  const membership = useMembership(c.id);
  return (
    <Card title={t('community.about')} testId="community-about">
      <p className="community-badges">
        {c.crossDistrict && <Badge tone="info">{t('badges.crossDistrict')}</Badge>}
        {c.myRole === 'facilitator' && <Badge tone="success">{t('badges.facilitator')}</Badge>}
      </p>
      <p>
        {t('community.districts', {
          list: c.districts.map((d) => [d.name, d.country].filter(Boolean).join(', ')).join(' · '),
        })}
      </p>
      {c.joinCode && (
        <div>
          <p>
            {t('community.joinCode')} <code data-testid="join-code">{c.joinCode}</code>
          </p>
          <p className="muted">{t('community.joinCodeHint')}</p>
          <CopyButton value={c.joinCode} />
        </div>
      )}
      {c.isMember && c.myRole !== 'facilitator' && (
        <Button variant="secondary" busy={membership.isPending} onClick={() => membership.mutate(false)}>
          {t('actions.leave', { name: c.name })}
        </Button>
      )}
      {membership.error ? <ErrorAlert error={membership.error} /> : null}
    </Card>
  );
}

/** A district admin of a district that opted in takes it out again, after saying yes twice (adr/0010). */
function OptOutCard({ community: c }: { community: Community }) {
  const { t } = useTranslation('communities');
  const optOut = useOptOut(c.id);
  const navigate = useNavigate();
  // null until first asked: focus moves only after the admin acts, never on page load.
  const [confirming, setConfirming] = useState<boolean | null>(null);
  const box = useRef<HTMLDivElement>(null);
  // The question replaces the button that asked it (and back): focus moves to the first button shown.
  useEffect(() => {
    if (confirming !== null) box.current?.querySelector('button')?.focus();
  }, [confirming]);
  return (
    <Card title={t('optOut.title')} testId="community-opt-out">
      <p>{t('optOut.what')}</p>
      <div ref={box}>
        {confirming ? (
          <div className="stack">
            <p>{t('optOut.confirm', { name: c.name })}</p>
            <div className="button-row">
              <Button
                variant="danger"
                busy={optOut.isPending}
                onClick={() => optOut.mutate(undefined, { onSuccess: () => navigate('/communities') })}
              >
                {t('optOut.yes')}
              </Button>
              <Button variant="secondary" onClick={() => setConfirming(false)}>
                {t('optOut.cancel')}
              </Button>
            </div>
          </div>
        ) : (
          <Button variant="secondary" onClick={() => setConfirming(true)}>
            {t('optOut.start')}
          </Button>
        )}
      </div>
      {optOut.error ? <ErrorAlert error={optOut.error} /> : null}
    </Card>
  );
}

function JoinCard({ community: c }: { community: Community }) {
  const { t } = useTranslation('communities');
  const membership = useMembership(c.id);
  return (
    <Card title={t('community.notMember')}>
      <p>{t('community.joinToRead')}</p>
      <Button busy={membership.isPending} onClick={() => membership.mutate(true)}>
        {t('actions.join', { name: c.name })}
      </Button>
      {membership.error ? <ErrorAlert error={membership.error} /> : null}
    </Card>
  );
}

function Threads({ community: c }: { community: Community }) {
  const { t } = useTranslation('communities');
  const format = useFormatDate();
  const { items, query } = useThreads(c.id, true);
  return (
    <Card title={t('threads.title')} testId="thread-list">
      {c.myRole === 'facilitator' && <p className="muted">{t('threads.flagsHint')}</p>}
      <QueryState query={query} isEmpty={items.length === 0} empty={<EmptyState title={t('threads.empty')} />}>
        <ul className="thread-list">
          {items.map((thread) => (
            <li key={thread.id} className="thread-item" data-testid="thread-item">
              <div className="community-item-row">
                <Link to={`/communities/threads/${thread.id}`}>
                  <strong>{thread.title}</strong>
                </Link>
                <span className="community-badges">
                  <ThreadFlags flags={thread.flags} />
                  {thread.locked && <Badge>{t('badges.locked')}</Badge>}
                  {thread.following && <Badge tone="info">{t('badges.following')}</Badge>}
                  {thread.artefact && <Badge>{t(`artefact.${thread.artefact.type}`)}</Badge>}
                </span>
              </div>
              <span className="community-person">
                {t('threads.meta', {
                  author: personLine(thread.author),
                  posts: thread.postCount,
                  when: format.dateTime(thread.lastPostAt),
                })}
              </span>
            </li>
          ))}
        </ul>
        <LoadMore query={query} />
      </QueryState>
    </Card>
  );
}

function NewThread({ communityId }: { communityId: string }) {
  const { t } = useTranslation('communities');
  const me = useMe().data;
  const teaches = hasRole(me, 'teacher', 'coach');
  const create = useCreateThread(communityId);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [shared, setShared] = useState<SharedArtefact>(null);
  const [started, setStarted] = useState(0);
  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate(
      { title, body, ...(shared ? { artefact: shared } : {}) },
      {
        onSuccess: () => {
          setTitle('');
          setBody('');
          setShared(null);
          setStarted((n) => n + 1);
        },
      },
    );
  }
  return (
    <Card title={t('newThread.title')} testId="new-thread">
      <form className="community-form" onSubmit={submit}>
        <TextField
          label={t('newThread.threadTitle')}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          required
          maxLength={200}
        />
        <TextArea
          label={t('newThread.body')}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          required
          maxLength={10000}
        />
        {teaches && <ShareArtefactPicker key={started} value={shared} onChange={setShared} />}
        {create.error ? <ErrorAlert error={create.error} /> : null}
        <div>
          <Button type="submit" busy={create.isPending}>
            {t('newThread.submit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}

function Members({ communityId }: { communityId: string }) {
  const { t } = useTranslation('communities');
  const { items, query } = useCommunityMembers(communityId, true);
  return (
    <Card title={t('members.title')} testId="community-members">
      <p className="muted">{t('members.privacy')}</p>
      <QueryState query={query} isEmpty={items.length === 0} empty={<EmptyState title={t('members.empty')} />}>
        <ul className="member-list">
          {items.map((m, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: members carry no id by design (no ids cross districts); the list only grows at its end
            <li key={`${m.name}-${index}`}>
              <Person person={m} />{' '}
              {m.role === 'facilitator' && <Badge tone="success">{t('badges.facilitator')}</Badge>}
            </li>
          ))}
        </ul>
        <LoadMore query={query} />
      </QueryState>
    </Card>
  );
}
