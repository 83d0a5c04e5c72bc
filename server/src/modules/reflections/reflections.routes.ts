import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams, listOf } from '#core/contracts/common';
import { Reflection, ReflectionInput } from '#core/contracts/reflections';
import { actorOf } from '../../platform/http/auth.plugin';
import type { createReflectionsService } from './reflections.service';

const tags = ['reflections'];

export const reflectionsRoutes: FastifyPluginAsyncZod<{
  reflections: ReturnType<typeof createReflectionsService>;
}> = async (app, { reflections }) => {
  app.post(
    '/lesson-plans/:id/reflections',
    {
      schema: {
        tags,
        summary: 'Reflect on a taught lesson (analysed, PEDAGOGY.md §2)',
        params: IdParams,
        body: ReflectionInput,
        response: { 201: Reflection },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await reflections.create(actorOf(request), request.params.id, request.body)),
  );
  app.get(
    '/lesson-plans/:id/reflections',
    { schema: { tags, params: IdParams, response: { 200: listOf(Reflection) } } },
    async (request) => reflections.list(actorOf(request), request.params.id),
  );
};
