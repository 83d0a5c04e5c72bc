import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, listOf } from '#core/contracts/common';
import {
  CloseCycleBody,
  Cycle,
  CycleLink,
  CycleLinkBody,
  CycleListQuery,
  CycleSummary,
  CycleTimeline,
  LinkParams,
  PracticeSession,
  PracticeSessionBody,
  ProgressCheck,
  ProgressCheckBody,
  StartCycleBody,
  UpdateCycleBody,
} from '#core/contracts/cycles';
import { actorOf } from '../../platform/http/auth.plugin';
import { requestLocale } from '../../platform/i18n/request-locale';
import type { CyclesService } from './cycles.service';

const tags = ['coaching cycles'];

export const cyclesRoutes: FastifyPluginAsyncZod<{ cycles: CyclesService }> = async (app, { cycles }) => {
  app.post(
    '/cycles',
    {
      schema: {
        tags,
        summary:
          'Open a coaching cycle with a teacher (coaches and school leaders of their school; 409 if one is open)',
        body: StartCycleBody,
        response: { 201: Cycle },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await cycles.start(actorOf(request), request.body, requestLocale(request))),
  );
  app.get(
    '/cycles',
    {
      schema: {
        tags,
        summary: 'Cycles the caller coaches (coaching) or is coached in (coached), newest first',
        querystring: CycleListQuery,
        response: { 200: listOf(CycleSummary) },
      },
    },
    async (request) => cycles.list(actorOf(request), request.query),
  );
  app.get(
    '/cycles/:id',
    {
      schema: { tags, summary: 'A cycle (its coach and its teacher only)', params: IdParams, response: { 200: Cycle } },
    },
    async (request) => cycles.get(actorOf(request), request.params.id, requestLocale(request)),
  );
  app.patch(
    '/cycles/:id',
    {
      schema: {
        tags,
        summary: 'Edit goal, data, strategy or stage (coach); write the reflection (teacher, also once closed)',
        params: IdParams,
        body: UpdateCycleBody,
        response: { 200: Cycle },
      },
    },
    async (request) => cycles.update(actorOf(request), request.params.id, request.body, requestLocale(request)),
  );
  app.post(
    '/cycles/:id/sessions',
    {
      schema: {
        tags,
        summary: 'Log a practice session (coach); the same clientId again answers 200 with the stored one',
        params: IdParams,
        body: PracticeSessionBody,
        response: { 200: PracticeSession, 201: PracticeSession },
      },
    },
    async (request, reply) => {
      const { created, session } = await cycles.addSession(actorOf(request), request.params.id, request.body);
      return reply.code(created ? 201 : 200).send(session);
    },
  );
  app.post(
    '/cycles/:id/checks',
    {
      schema: {
        tags,
        summary: 'Record a progress check (coach or teacher); the same clientId again answers 200',
        params: IdParams,
        body: ProgressCheckBody,
        response: { 200: ProgressCheck, 201: ProgressCheck },
      },
    },
    async (request, reply) => {
      const { created, check } = await cycles.addCheck(actorOf(request), request.params.id, request.body);
      return reply.code(created ? 201 : 200).send(check);
    },
  );
  app.post(
    '/cycles/:id/links',
    {
      schema: {
        tags,
        summary: 'Link one of the teacher’s plans or reflections, or an observation by the coach (either of them)',
        params: IdParams,
        body: CycleLinkBody,
        response: { 200: CycleLink, 201: CycleLink },
      },
    },
    async (request, reply) => {
      const { created, link } = await cycles.addLink(actorOf(request), request.params.id, request.body);
      return reply.code(created ? 201 : 200).send(link);
    },
  );
  app.delete(
    '/cycles/:id/links/:linkId',
    {
      schema: {
        tags,
        summary: 'Remove a link (whoever added it, or the teacher)',
        params: LinkParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await cycles.removeLink(actorOf(request), request.params.id, request.params.linkId);
      return reply.code(204).send(null);
    },
  );
  app.post(
    '/cycles/:id/close',
    {
      schema: {
        tags,
        summary: 'Close the cycle with its outcome (coach); afterwards only the teacher’s reflection may change',
        params: IdParams,
        body: CloseCycleBody,
        response: { 200: Cycle },
      },
    },
    async (request) => cycles.close(actorOf(request), request.params.id, request.body, requestLocale(request)),
  );
  app.get(
    '/cycles/:id/timeline',
    {
      schema: {
        tags,
        summary: 'Sessions, checks and linked plans, observations and reflections, in date order',
        params: IdParams,
        response: { 200: CycleTimeline },
      },
    },
    async (request) => cycles.timeline(actorOf(request), request.params.id),
  );
};
