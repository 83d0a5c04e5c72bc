import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Post, Thread } from '#core/contracts/communities';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { Spinner } from '../../components/Spinner';
import { TextArea } from '../../components/TextArea';
import { CoiPanel } from '../../features/communities/CoiPanel';
import { personLine } from '../../features/communities/Person';
import { PostItem } from '../../features/communities/PostItem';
import { ThreadFlags } from '../../features/communities/ThreadFlags';
import { usePosts, useReply, useThread, useThreadSwitch } from '../../features/communities/useCommunities';
import '../../features/communities/communities.css';

const REPLY_BOX = 'reply-body';

/** A thread: the opening post, replies one level deep, reactions, follow, report; facilitators' tools and CoI view. */
export function ThreadPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('communities');
  const thread = useThread(id);
  if (thread.isPending) return <Spinner />;
  if (thread.isError) return <ErrorAlert error={thread.error} onRetry={() => void thread.refetch()} />;
  const th = thread.data;
  return (
    <>
      <PageHeader
        title={th.title}
        description={t('thread.meta', { author: personLine(th.author), community: th.communityName })}
        back={<Link to={`/communities/${th.communityId}`}>{t('thread.back', { name: th.communityName })}</Link>}
      />
      <ThreadTools thread={th} />
      {th.artefact && (
        <Card title={t(`artefact.${th.artefact.type}`)} testId="thread-artefact">
          <p>
            <strong>{th.artefact.title}</strong>
          </p>
          {th.artefact.summary && <p>{th.artefact.summary}</p>}
          <p className="muted">{t('artefact.snapshot')}</p>
        </Card>
      )}
      <Posts thread={th} />
      {th.canModerate && <CoiPanel threadId={th.id} />}
    </>
  );
}

function ThreadTools({ thread: th }: { thread: Thread }) {
  const { t } = useTranslation('communities');
  const follow = useThreadSwitch(th.id, 'follow');
  const lock = useThreadSwitch(th.id, 'lock');
  return (
    <div className="community-item-row" data-testid="thread-tools">
      <ThreadFlags flags={th.flags} />
      <Button
        variant="secondary"
        aria-pressed={th.following}
        busy={follow.isPending}
        onClick={() => follow.mutate(!th.following)}
      >
        {th.following ? t('thread.unfollow') : t('thread.follow')}
      </Button>
      {th.canModerate && (
        <Button variant="secondary" busy={lock.isPending} onClick={() => lock.mutate(!th.locked)}>
          {th.locked ? t('thread.unlock') : t('thread.lock')}
        </Button>
      )}
      {follow.error ? <ErrorAlert error={follow.error} /> : null}
      {lock.error ? <ErrorAlert error={lock.error} /> : null}
    </div>
  );
}

function Posts({ thread: th }: { thread: Thread }) {
  const { t } = useTranslation('communities');
  const { items, query } = usePosts(th.id, true);
  const [parent, setParent] = useState<Post | null>(null);
  const topLevel = items.filter((p) => p.parentId === null);
  const repliesTo = (id: string) => items.filter((p) => p.parentId === id);
  const replyTo = (post: Post) => {
    setParent(post);
    requestAnimationFrame(() => document.getElementById(REPLY_BOX)?.focus());
  };
  return (
    <Card title={t('thread.posts', { count: th.postCount })} testId="posts">
      {query.isPending ? (
        <Spinner />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <ol className="post-list">
          {topLevel.map((post) => (
            <li key={post.id}>
              <PostItem post={post} moderator={th.canModerate} onReply={th.locked ? undefined : () => replyTo(post)} />
              {repliesTo(post.id).length > 0 && (
                <ol className="post-replies">
                  {repliesTo(post.id).map((reply) => (
                    <li key={reply.id}>
                      <PostItem post={reply} moderator={th.canModerate} />
                    </li>
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ol>
      )}
      <LoadMore query={query} />
      {th.locked ? (
        <Alert tone="info">{t('thread.locked')}</Alert>
      ) : (
        <ReplyForm threadId={th.id} parent={parent} onClearParent={() => setParent(null)} />
      )}
    </Card>
  );
}

function ReplyForm({
  threadId,
  parent,
  onClearParent,
}: {
  threadId: string;
  parent: Post | null;
  onClearParent: () => void;
}) {
  const { t } = useTranslation('communities');
  const reply = useReply(threadId);
  const [body, setBody] = useState('');
  function submit(event: FormEvent) {
    event.preventDefault();
    reply.mutate(
      { body, ...(parent ? { parentId: parent.id } : {}) },
      {
        onSuccess: () => {
          setBody('');
          onClearParent();
        },
      },
    );
  }
  return (
    <form className="community-form" onSubmit={submit} data-testid="reply-form">
      {parent && (
        <p>
          {t('reply.to', { name: parent.author.name })}{' '}
          <Button variant="ghost" onClick={onClearParent}>
            {t('reply.toThread')}
          </Button>
        </p>
      )}
      <TextArea
        id={REPLY_BOX}
        label={t('reply.label')}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        required
        maxLength={10000}
      />
      {reply.error ? <ErrorAlert error={reply.error} /> : null}
      {reply.isSuccess && <p role="status">{t('reply.sent')}</p>}
      <div>
        <Button type="submit" busy={reply.isPending}>
          {t('reply.submit')}
        </Button>
      </div>
    </form>
  );
}
