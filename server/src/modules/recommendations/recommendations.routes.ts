import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ResourceParams } from '#core/contracts/library';
import {
  RecommendationList,
  RecommendationOpenedInput,
  RecommendationsQuery,
  Trial,
  TrialInput,
  TrialList,
} from '#core/contracts/recommendations';
import { actorOf } from '../../platform/http/auth.plugin';
import { requestLocale } from '../../platform/i18n/request-locale';
import type { createRecommendationsService } from './recommendations.service';

const tags = ['recommendations'];

export const recommendationsRoutes: FastifyPluginAsyncZod<{
  recommendations: ReturnType<typeof createRecommendationsService>;
}> = async (app, { recommendations }) => {
  app.get(
    '/recommendations',
    {
      schema: {
        tags,
        summary: "The caller's own recommended cards for one surface, each with its reasons (recorded as shown)",
        querystring: RecommendationsQuery,
        response: { 200: RecommendationList },
      },
    },
    async (request) => recommendations.list(actorOf(request), request.query, requestLocale(request)),
  );
  app.post(
    '/recommendations/opened',
    {
      schema: {
        tags,
        summary: 'Record that the caller opened a recommended card',
        body: RecommendationOpenedInput,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await recommendations.opened(actorOf(request), request.body);
      return reply.code(204).send(null);
    },
  );
  app.post(
    '/resources/:id/tried',
    {
      schema: {
        tags,
        summary: '"I tried it": on one of the caller\'s own plans (optional), with a note',
        params: ResourceParams,
        body: TrialInput,
        response: { 201: Trial },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await recommendations.tried(actorOf(request), request.params.id, request.body)),
  );
  app.get(
    '/resources/:id/tried',
    {
      schema: {
        tags,
        summary: "The caller's own trials of a card, newest first",
        params: ResourceParams,
        response: { 200: TrialList },
      },
    },
    async (request) => recommendations.trials(actorOf(request), request.params.id),
  );
};
