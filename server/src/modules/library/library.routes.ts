import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listOf } from '#core/contracts/common';
import {
  Reaction,
  ReactionInput,
  Resource,
  ResourceListQuery,
  ResourceParams,
  ResourceQuery,
  ResourceSummary,
} from '#core/contracts/library';
import { actorOf } from '../../platform/http/auth.plugin';
import type { createLibraryService } from './library.service';

const tags = ['library'];

export const libraryRoutes: FastifyPluginAsyncZod<{ library: ReturnType<typeof createLibraryService> }> = async (
  app,
  { library },
) => {
  app.get(
    '/resources',
    {
      schema: {
        tags,
        summary: "Strategy cards in one language (the caller's by default), ranked by relevance when q is given",
        querystring: ResourceListQuery,
        response: { 200: listOf(ResourceSummary) },
      },
    },
    async (request) => library.list(actorOf(request), request.query),
  );
  app.get(
    '/resources/:id',
    {
      schema: {
        tags,
        summary: 'A full strategy card (in the other language when it lacks the requested one)',
        params: ResourceParams,
        querystring: ResourceQuery,
        response: { 200: Resource },
      },
    },
    async (request) => library.get(actorOf(request), request.params.id, request.query.locale),
  );
  app.post(
    '/resources/:id/reactions',
    {
      schema: {
        tags,
        summary: 'Say whether a card was useful (a second answer replaces the first)',
        params: ResourceParams,
        body: ReactionInput,
        response: { 201: Reaction },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await library.react(actorOf(request), request.params.id, request.body)),
  );
};
