import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Post, REACTION_KINDS } from '#core/contracts/communities';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextArea } from '../../components/TextArea';
import { useFormatDate } from '../../lib/format';
import { Person } from './Person';
import { usePostActions } from './useCommunities';

/** One post: its words (or that a facilitator hid it), reactions, report, and the facilitator's hide switch. */
export function PostItem({
  post,
  moderator,
  onReply,
}: {
  post: Post;
  moderator: boolean;
  onReply?: (() => void) | undefined;
}) {
  const { t } = useTranslation('communities');
  const format = useFormatDate();
  const { react, report, hide, edit } = usePostActions();
  const [editing, setEditing] = useState<string | null>(null);
  const [reporting, setReporting] = useState(false);
  const [reason, setReason] = useState('');
  const [reported, setReported] = useState(false);
  return (
    <article className="post" data-testid="post" aria-label={t('post.label', { name: post.author.name })}>
      <p className="community-person">
        <Person person={post.author} /> · <time dateTime={post.createdAt}>{format.dateTime(post.createdAt)}</time>
        {post.editedAt && ` · ${t('post.edited')}`}
      </p>
      {post.hidden && <p className="post-hidden">{t('post.hidden')}</p>}
      {post.body !== null && editing === null && <p className="post-body">{post.body}</p>}
      {editing !== null && (
        <form
          className="community-form"
          onSubmit={(event) => {
            event.preventDefault();
            edit.mutate({ postId: post.id, body: editing }, { onSuccess: () => setEditing(null) });
          }}
        >
          <TextArea
            label={t('post.editLabel')}
            value={editing}
            onChange={(e) => setEditing(e.target.value)}
            required
            maxLength={10000}
          />
          <div className="post-actions">
            <Button type="submit" busy={edit.isPending}>
              {t('post.save')}
            </Button>
            <Button variant="ghost" onClick={() => setEditing(null)}>
              {t('post.cancel')}
            </Button>
          </div>
        </form>
      )}
      {moderator && post.reportCount ? (
        <Badge tone="warning">{t('post.reports', { count: post.reportCount })}</Badge>
      ) : null}
      <div className="post-actions">
        {!post.hidden &&
          REACTION_KINDS.map((kind) => {
            const mine = post.myReactions.includes(kind);
            return (
              <Button
                key={kind}
                variant="ghost"
                aria-pressed={mine}
                onClick={() => react.mutate({ postId: post.id, kind, on: !mine })}
              >
                {t(`reactions.${kind}`)} ({post.reactions[kind] ?? 0})
              </Button>
            );
          })}
        {onReply && (
          <Button variant="ghost" onClick={onReply}>
            {t('post.reply')}
          </Button>
        )}
        {post.mine && !post.hidden && editing === null && post.body !== null && (
          <Button variant="ghost" onClick={() => setEditing(post.body)}>
            {t('post.edit')}
          </Button>
        )}
        {!post.mine && !reported && (
          <Button variant="ghost" aria-expanded={reporting} onClick={() => setReporting(!reporting)}>
            {t('post.report')}
          </Button>
        )}
        {moderator && (
          <Button
            variant="secondary"
            busy={hide.isPending}
            onClick={() => hide.mutate({ postId: post.id, hidden: !post.hidden })}
          >
            {post.hidden ? t('post.unhide') : t('post.hide')}
          </Button>
        )}
      </div>
      {reporting && (
        <form
          className="community-form"
          onSubmit={(event) => {
            event.preventDefault();
            report.mutate(
              { postId: post.id, reason },
              {
                onSuccess: () => {
                  setReporting(false);
                  setReported(true);
                },
              },
            );
          }}
        >
          <TextArea
            label={t('post.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            required
            rows={2}
            maxLength={1000}
          />
          <div>
            <Button type="submit" variant="danger" busy={report.isPending}>
              {t('post.sendReport')}
            </Button>
          </div>
        </form>
      )}
      {reported && <p role="status">{t('post.reported')}</p>}
      {react.error ? <ErrorAlert error={react.error} /> : null}
      {report.error ? <ErrorAlert error={report.error} /> : null}
      {hide.error ? <ErrorAlert error={hide.error} /> : null}
      {edit.error ? <ErrorAlert error={edit.error} /> : null}
    </article>
  );
}
