import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams, listOf } from '#core/contracts/common';
import {
  RoomVisit,
  RoomVisitBody,
  RoomVisitParams,
  StartWalkBody,
  Walk,
  WalkListQuery,
  WalkReport,
  WalkSummary,
} from '#core/contracts/walks';
import { actorOf } from '../../platform/http/auth.plugin';
import type { WalksService } from './walks.service';

const tags = ['walks'];

export const walksRoutes: FastifyPluginAsyncZod<{ walks: WalksService }> = async (app, { walks }) => {
  app.post(
    '/walks',
    {
      schema: {
        tags,
        summary: 'Start a learning walk with one focus look-for (school leaders and coaches of the school)',
        body: StartWalkBody,
        response: { 201: Walk },
      },
    },
    async (request, reply) => reply.code(201).send(await walks.start(actorOf(request), request.body)),
  );
  app.get(
    '/walks',
    {
      schema: {
        tags,
        summary:
          'Learning walks the caller may see, newest first: all of their schools’ (walkers), the district’s (admins), closed ones (teachers)',
        querystring: WalkListQuery,
        response: { 200: listOf(WalkSummary) },
      },
    },
    async (request) => walks.list(actorOf(request), request.query),
  );
  app.get(
    '/walks/:id',
    {
      schema: {
        tags,
        summary: 'A learning walk, with the caller’s own rooms while it is open',
        params: IdParams,
        response: { 200: Walk },
      },
    },
    async (request) => walks.get(actorOf(request), request.params.id),
  );
  app.put(
    '/walks/:id/rooms/:clientId',
    {
      schema: {
        tags,
        summary: 'Record a room (201), or resend (200, unchanged) or correct (200) it under the same client id',
        params: RoomVisitParams,
        body: RoomVisitBody,
        response: { 200: RoomVisit, 201: RoomVisit },
      },
    },
    async (request, reply) => {
      const { created, room } = await walks.saveRoom(
        actorOf(request),
        request.params.id,
        request.params.clientId,
        request.body,
      );
      return reply.code(created ? 201 : 200).send(room);
    },
  );
  app.post(
    '/walks/:id/close',
    {
      schema: {
        tags,
        summary: 'Close the walk; the school’s teachers are told what was seen (409 when already closed)',
        params: IdParams,
        response: { 200: Walk },
      },
    },
    async (request) => walks.close(actorOf(request), request.params.id),
  );
  app.get(
    '/walks/:id/report',
    {
      schema: {
        tags,
        summary: 'The school-level pattern: counts, percentages, groups of five rooms or more, unattributed notes',
        params: IdParams,
        response: { 200: WalkReport },
      },
    },
    async (request) => walks.report(actorOf(request), request.params.id),
  );
};
