import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, listOf } from '#core/contracts/common';
import {
  Community,
  CommunityListQuery,
  CommunityMember,
  CommunitySummary,
  CreateCommunityBody,
  CreatePostBody,
  CreateThreadBody,
  EditPostBody,
  OptInBody,
  Post,
  PostCodes,
  PostListQuery,
  ReactionParams,
  Reactions,
  Report,
  ReportBody,
  SaveCodesBody,
  Thread,
  ThreadCoi,
  ThreadListQuery,
  ThreadSummary,
} from '#core/contracts/communities';
import { actorOf } from '../../platform/http/auth.plugin';
import type { CommunitiesService } from './communities.service';

const tags = ['communities'];

export const communitiesRoutes: FastifyPluginAsyncZod<{ communities: CommunitiesService }> = async (
  app,
  { communities: s },
) => {
  app.get(
    '/communities',
    {
      schema: {
        tags,
        summary: 'Communities the caller belongs to or can join (their district is in them), newest first',
        querystring: CommunityListQuery,
        response: { 200: listOf(CommunitySummary) },
      },
    },
    async (request) => s.list(actorOf(request), request.query),
  );
  app.post(
    '/communities',
    {
      schema: {
        tags,
        summary: 'Start a community hosted by the caller’s district (facilitators and district admins)',
        body: CreateCommunityBody,
        response: { 201: Community },
      },
    },
    async (request, reply) => reply.code(201).send(await s.create(actorOf(request), request.body)),
  );
  app.post(
    '/communities/opt-ins',
    {
      schema: {
        tags,
        summary: 'Opt the caller’s district into a cross-district community with its join code (district admins)',
        body: OptInBody,
        response: { 200: Community },
      },
    },
    async (request) => s.optIn(actorOf(request), request.body),
  );
  app.delete(
    '/communities/:id/opt-in',
    {
      schema: {
        tags,
        summary:
          'Take the caller’s district out of another district’s community (district admins): memberships and follows end, posts stay',
        params: IdParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await s.optOut(actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
  app.get(
    '/communities/:id',
    {
      schema: {
        tags,
        summary: 'A community (its districts; the join code for its hosts)',
        params: IdParams,
        response: { 200: Community },
      },
    },
    async (request) => s.get(actorOf(request), request.params.id),
  );
  app.post(
    '/communities/:id/membership',
    { schema: { tags, summary: 'Join the community', params: IdParams, response: { 200: Community } } },
    async (request) => s.join(actorOf(request), request.params.id),
  );
  app.delete(
    '/communities/:id/membership',
    {
      schema: {
        tags,
        summary: 'Leave the community (not its only facilitator)',
        params: IdParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await s.leave(actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
  app.get(
    '/communities/:id/members',
    {
      schema: {
        tags,
        summary: 'Members: display name, school and country only (members)',
        params: IdParams,
        querystring: CommunityListQuery,
        response: { 200: listOf(CommunityMember) },
      },
    },
    async (request) => s.members(actorOf(request), request.params.id, request.query),
  );
  app.get(
    '/communities/:id/threads',
    {
      schema: {
        tags,
        summary: 'Threads, latest activity first; facilitators also see CoI flags (members)',
        params: IdParams,
        querystring: ThreadListQuery,
        response: { 200: listOf(ThreadSummary) },
      },
    },
    async (request) => s.threads(actorOf(request), request.params.id, request.query),
  );
  app.post(
    '/communities/:id/threads',
    {
      schema: {
        tags,
        summary:
          'Open a thread, optionally sharing a snapshot of one of your plans, reflections or inquiries (members)',
        params: IdParams,
        body: CreateThreadBody,
        response: { 201: Thread },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await s.createThread(actorOf(request), request.params.id, request.body)),
  );
  app.get(
    '/threads/:id',
    { schema: { tags, summary: 'A thread (members of its community)', params: IdParams, response: { 200: Thread } } },
    async (request) => s.thread(actorOf(request), request.params.id),
  );
  app.get(
    '/threads/:id/posts',
    {
      schema: {
        tags,
        summary: 'The thread’s posts, oldest first; hidden posts have no body except for facilitators',
        params: IdParams,
        querystring: PostListQuery,
        response: { 200: listOf(Post) },
      },
    },
    async (request) => s.posts(actorOf(request), request.params.id, request.query),
  );
  app.post(
    '/threads/:id/posts',
    {
      schema: {
        tags,
        summary: 'Reply to the thread or to one of its top-level posts (members; 409 when locked)',
        params: IdParams,
        body: CreatePostBody,
        response: { 201: Post },
      },
    },
    async (request, reply) => reply.code(201).send(await s.reply(actorOf(request), request.params.id, request.body)),
  );
  for (const [path, on] of [
    ['/threads/:id/follow', true],
    ['/threads/:id/unfollow', false],
  ] as const)
    app.post(
      path,
      {
        schema: {
          tags,
          summary: on ? 'Follow the thread (replies notify you)' : 'Stop following the thread',
          params: IdParams,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await s.follow(actorOf(request), request.params.id, on);
        return reply.code(204).send(null);
      },
    );
  for (const [path, on] of [
    ['/threads/:id/lock', true],
    ['/threads/:id/unlock', false],
  ] as const)
    app.post(
      path,
      {
        schema: {
          tags,
          summary: on ? 'Lock the thread (facilitators)' : 'Unlock the thread (facilitators)',
          params: IdParams,
          response: { 200: Thread },
        },
      },
      async (request) => s.lock(actorOf(request), request.params.id, on),
    );
  app.get(
    '/threads/:id/coi',
    {
      schema: {
        tags,
        summary:
          'Community-of-Inquiry profile: phase shares, flags and every post’s codes with evidence (facilitators)',
        params: IdParams,
        response: { 200: ThreadCoi },
      },
    },
    async (request) => s.coi(actorOf(request), request.params.id),
  );
  app.patch(
    '/posts/:id',
    { schema: { tags, summary: 'Edit your post', params: IdParams, body: EditPostBody, response: { 200: Post } } },
    async (request) => s.editPost(actorOf(request), request.params.id, request.body),
  );
  app.put(
    '/posts/:id/reactions/:kind',
    {
      schema: {
        tags,
        summary: 'React to a post (once per kind)',
        params: ReactionParams,
        response: { 200: Reactions },
      },
    },
    async (request) => s.react(actorOf(request), request.params.id, request.params.kind, true),
  );
  app.delete(
    '/posts/:id/reactions/:kind',
    { schema: { tags, summary: 'Take back a reaction', params: ReactionParams, response: { 200: Reactions } } },
    async (request) => s.react(actorOf(request), request.params.id, request.params.kind, false),
  );
  app.post(
    '/posts/:id/reports',
    {
      schema: {
        tags,
        summary: 'Report a post to the facilitators (once per person)',
        params: IdParams,
        body: ReportBody,
        response: { 201: Report },
      },
    },
    async (request, reply) => reply.code(201).send(await s.report(actorOf(request), request.params.id, request.body)),
  );
  for (const [path, on] of [
    ['/posts/:id/hide', true],
    ['/posts/:id/unhide', false],
  ] as const)
    app.post(
      path,
      {
        schema: {
          tags,
          summary: on ? 'Hide a post (facilitators)' : 'Show a hidden post again (facilitators)',
          params: IdParams,
          response: { 200: Post },
        },
      },
      async (request) => s.hide(actorOf(request), request.params.id, on),
    );
  app.put(
    '/posts/:id/codes',
    {
      schema: {
        tags,
        summary: 'Confirm or correct a post’s CoI codes (facilitators)',
        params: IdParams,
        body: SaveCodesBody,
        response: { 200: PostCodes },
      },
    },
    async (request) => s.saveCodes(actorOf(request), request.params.id, request.body),
  );
};
