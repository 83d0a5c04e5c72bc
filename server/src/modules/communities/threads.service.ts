import type { z } from 'zod';
import type {
  CreatePostBody,
  CreateThreadBody,
  EditPostBody,
  PostListQuery,
  ReactionKind,
  ReportBody,
  SaveCodesBody,
  ThreadListQuery,
} from '#core/contracts/communities';
import type { Executor } from '../../db/client';
import type { Actor } from '../../platform/actor';
import { authorize, found } from '../../platform/authz';
import { conflict, unprocessable } from '../../platform/http/problem';
import { decodeCursor, toPage } from '../../platform/pagination';
import { draftCoding, profilesByThread, spansMatch, threadProfile } from './coding';
import { communitiesPolicy as policy } from './communities.policy';
import {
  presentCodes,
  presentPerson,
  presentPost,
  presentThread,
  presentThreadSummary,
  reactionsOf,
} from './communities.presenter';
import { type PostRow, communitiesRepo as repo } from './communities.repo';
import type { CommunitiesDeps } from './communities.service';

const locked = () => conflict('This thread is locked. Its posts stay readable, but nobody can add to it.');

/** Threads, posts, reactions, follows, reports and the facilitators' tools (moderation, CoI coding). */
export function createThreadsService({ db, notify, artefactSnapshot }: CommunitiesDeps) {
  /** The community's thread for one of its members: another district's → 404, a non-member → 403. */
  async function memberThread(actor: Actor, id: string) {
    const row = found(await repo.thread(db, actor.organizationId, id));
    const role = await repo.role(db, row.community.id, actor.userId);
    authorize(policy.isMember(role));
    return { ...row, role };
  }

  async function memberPost(actor: Actor, id: string) {
    const row = found(await repo.post(db, actor.organizationId, id));
    const role = await repo.role(db, row.community.id, actor.userId);
    authorize(policy.isMember(role));
    return { ...row, role };
  }

  async function presentOnePost(actor: Actor, postId: string, moderator: boolean) {
    const row = await repo.postWithAuthor(db, postId);
    const reactions = await repo.reactions(db, [postId], actor.userId);
    const reports = new Map((await repo.reportCounts(db, [postId])).map((r) => [r.postId, r.n]));
    return presentPost(row, actor.userId, { moderator, reactions, reports });
  }

  async function threadDetail(actor: Actor, id: string) {
    const { thread, community, role } = await memberThread(actor, id);
    const view = await repo.threadView(db, thread.id, actor.userId);
    const moderator = policy.isFacilitator(role);
    const profile = moderator
      ? (profilesByThread(await repo.phases(db, { threadIds: [thread.id] })).get(thread.id) ?? null)
      : null;
    return presentThread({ thread, ...view }, actor.userId, {
      communityName: community.name,
      canModerate: moderator,
      isMember: true,
      profile: moderator ? (profile ?? threadProfile([])) : null,
    });
  }

  /** Stores a post with its draft CoI coding. */
  async function writePost(
    tx: Executor,
    actor: Actor,
    values: { threadId: string; parentId: string | null; opening: boolean; body: string; facilitator: boolean },
  ) {
    return repo.createPost(tx, {
      organizationId: actor.organizationId,
      threadId: values.threadId,
      parentId: values.parentId,
      opening: values.opening,
      authorId: actor.userId,
      authorIsFacilitator: values.facilitator,
      body: values.body,
      ...draftCoding(values.body, actor.locale, !values.opening, values.facilitator),
    });
  }

  return {
    async threads(actor: Actor, communityId: string, query: z.infer<typeof ThreadListQuery>) {
      // The listing needs only the caller's role, not the community's counts.
      const community = found(await repo.access(db, actor.organizationId, actor.userId, communityId));
      authorize(policy.isMember(community.role));
      const after = decodeCursor(query.cursor, ['timestamp', 'id']);
      const rows = await repo.threads(db, community.id, actor.userId, query.limit, after);
      const moderator = policy.isFacilitator(community.role);
      const profiles = moderator
        ? profilesByThread(await repo.phases(db, { threadIds: rows.slice(0, query.limit).map((r) => r.thread.id) }))
        : null;
      return toPage(
        rows,
        query.limit,
        (r) => [r.thread.lastPostAt.toISOString(), r.thread.id],
        (r) =>
          presentThreadSummary(r, actor.userId, profiles ? (profiles.get(r.thread.id) ?? threadProfile([])) : null),
      );
    },

    /** A member opens a thread; sharing an artefact is explicit and stores a snapshot taken now. */
    async createThread(actor: Actor, communityId: string, body: z.infer<typeof CreateThreadBody>) {
      const community = found(await repo.access(db, actor.organizationId, actor.userId, communityId));
      authorize(policy.isMember(community.role));
      const id = await db.transaction(async (tx) => {
        const snapshot = body.artefact ? await artefactSnapshot(tx, actor, body.artefact.type, body.artefact.id) : null;
        if (body.artefact && !snapshot)
          throw unprocessable('You can share only your own plans, reflections and inquiries.', [
            { path: 'artefact.id', message: 'Not one of your own artefacts.' },
          ]);
        const thread = await repo.createThread(tx, {
          organizationId: actor.organizationId,
          communityId: community.id,
          authorId: actor.userId,
          title: body.title,
          artefactType: body.artefact?.type ?? null,
          artefactId: body.artefact && snapshot ? body.artefact.id : null,
          artefactTitle: snapshot?.title ?? null,
          artefactSummary: snapshot?.summary ?? null,
        });
        await writePost(tx, actor, {
          threadId: thread.id,
          parentId: null,
          opening: true,
          body: body.body,
          facilitator: policy.isFacilitator(community.role),
        });
        await repo.follow(tx, actor.organizationId, thread.id, actor.userId);
        return thread.id;
      });
      return threadDetail(actor, id);
    },

    thread: threadDetail,

    async posts(actor: Actor, threadId: string, query: z.infer<typeof PostListQuery>) {
      const { thread, role } = await memberThread(actor, threadId);
      const after = decodeCursor(query.cursor, ['timestamp', 'id']);
      const rows = await repo.posts(db, thread.id, query.limit, after);
      const ids = rows.slice(0, query.limit).map((r) => r.post.id);
      const moderator = policy.isFacilitator(role);
      const reactions = await repo.reactions(db, ids, actor.userId);
      const reports = new Map(moderator ? (await repo.reportCounts(db, ids)).map((r) => [r.postId, r.n]) : []);
      return toPage(
        rows,
        query.limit,
        (r) => [r.post.createdAt.toISOString(), r.post.id],
        (r) => presentPost(r, actor.userId, { moderator, reactions, reports }),
      );
    },

    /** A reply to the thread, or to one of its top-level posts (one level deep); followers hear of it. */
    async reply(actor: Actor, threadId: string, body: z.infer<typeof CreatePostBody>) {
      const { thread, community, role } = await memberThread(actor, threadId);
      if (thread.lockedAt) throw locked();
      if (body.parentId) {
        const parent = await repo.post(db, actor.organizationId, body.parentId);
        if (!parent || parent.post.threadId !== thread.id || parent.post.parentId !== null)
          throw unprocessable('Reply to a post of this thread that is not itself a reply.', [
            { path: 'parentId', message: 'Not a top-level post of this thread.' },
          ]);
      }
      const post = await db.transaction(async (tx) => {
        const row = await writePost(tx, actor, {
          threadId: thread.id,
          parentId: body.parentId ?? null,
          opening: false,
          body: body.body,
          facilitator: policy.isFacilitator(role),
        });
        for (const follower of await repo.followers(tx, thread.id, community.id, actor.userId))
          await notify(tx, {
            organizationId: follower.organizationId,
            userId: follower.userId,
            kind: 'community.reply',
            params: { authorName: actor.name, threadTitle: thread.title, communityName: community.name },
            link: `/communities/threads/${thread.id}`,
            dedupeKey: `community.reply:${row.id}:${follower.userId}`,
          });
        await repo.follow(tx, actor.organizationId, thread.id, actor.userId);
        return row;
      });
      return presentOnePost(actor, post.id, policy.isFacilitator(role));
    },

    /** The author edits their post; the draft coding is redone (a confirmed one goes back to draft). */
    async editPost(actor: Actor, postId: string, body: z.infer<typeof EditPostBody>) {
      const { post, thread, role } = await memberPost(actor, postId);
      authorize(policy.mayEdit(actor, post));
      if (thread.lockedAt) throw locked();
      if (post.hiddenAt) throw conflict('A facilitator hid this post, so it cannot be edited.');
      await repo.updatePost(db, post.id, {
        body: body.body,
        editedAt: new Date(),
        ...draftCoding(body.body, actor.locale, !post.opening, post.authorIsFacilitator),
      });
      return presentOnePost(actor, post.id, policy.isFacilitator(role));
    },

    async react(actor: Actor, postId: string, kind: ReactionKind, on: boolean) {
      const { post } = await memberPost(actor, postId);
      if (on) {
        if (post.hiddenAt) throw conflict('A facilitator hid this post.');
        await repo.react(db, { organizationId: actor.organizationId, postId: post.id, userId: actor.userId, kind });
      } else await repo.unreact(db, post.id, actor.userId, kind);
      return reactionsOf(await repo.reactions(db, [post.id], actor.userId), post.id);
    },

    async follow(actor: Actor, threadId: string, on: boolean) {
      const { thread } = await memberThread(actor, threadId);
      if (on) await repo.follow(db, actor.organizationId, thread.id, actor.userId);
      else await repo.unfollow(db, thread.id, actor.userId);
    },

    async report(actor: Actor, postId: string, body: z.infer<typeof ReportBody>) {
      const { post } = await memberPost(actor, postId);
      const row = await repo.report(db, {
        organizationId: actor.organizationId,
        postId: post.id,
        reporterId: actor.userId,
        reason: body.reason,
      });
      if (!row) throw conflict('You already reported this post. The facilitators can see it.');
      return { id: row.id, postId: row.postId, createdAt: row.createdAt.toISOString() };
    },

    /** Facilitators hide a post (its words reach only them) or show it again. */
    async hide(actor: Actor, postId: string, hidden: boolean) {
      const { post, role } = await memberPost(actor, postId);
      authorize(policy.isFacilitator(role));
      await repo.updatePost(
        db,
        post.id,
        hidden ? { hiddenAt: new Date(), hiddenBy: actor.userId } : { hiddenAt: null, hiddenBy: null },
      );
      return presentOnePost(actor, post.id, true);
    },

    async lock(actor: Actor, threadId: string, on: boolean) {
      const { thread, role } = await memberThread(actor, threadId);
      authorize(policy.isFacilitator(role));
      await repo.lockThread(db, thread.id, on ? new Date() : null);
      return threadDetail(actor, thread.id);
    },

    /** The thread's CoI profile and every post's codes with evidence: the community's facilitators only. */
    async coi(actor: Actor, threadId: string) {
      const { thread, role } = await memberThread(actor, threadId);
      authorize(policy.isFacilitator(role));
      const rows = await repo.allPostsForCoi(db, thread.id);
      const profile = threadProfile(
        rows.map((r) => ({ phase: r.post.codePhase, authorIsFacilitator: r.post.authorIsFacilitator })),
      );
      return {
        threadId: thread.id,
        posts: profile.posts,
        phaseShares: profile.phaseShares,
        facilitatorShare: profile.facilitatorShare,
        flags: { stuckInExploration: profile.stuckInExploration, facilitatorDominance: profile.facilitatorDominance },
        items: rows.map((r) => ({
          ...presentCodes(r.post),
          author: presentPerson(r.author, actor.userId),
          body: r.post.body,
          hidden: r.post.hiddenAt !== null,
          authorIsFacilitator: r.post.authorIsFacilitator,
          createdAt: r.post.createdAt.toISOString(),
        })),
      };
    },

    /** A facilitator confirms the draft codes (sent back as they are) or corrects them. */
    async saveCodes(actor: Actor, postId: string, body: z.infer<typeof SaveCodesBody>) {
      const { post, role } = await memberPost(actor, postId);
      authorize(policy.isFacilitator(role));
      if (!spansMatch(post.body, body.codes))
        throw unprocessable('Each code’s evidence must be words of the post, at their place in it.', [
          { path: 'codes', message: 'An evidence span does not match the post.' },
        ]);
      const row: PostRow = await repo.updatePost(db, post.id, {
        codePhase: body.phase,
        codes: body.codes,
        coder: 'person',
        codeStatus: 'confirmed',
      });
      return presentCodes(row);
    },
  };
}
