import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ClassListQuery, ClassSchema, CreateClassBody } from '#core/contracts/classes';
import { IdParams, listOf } from '#core/contracts/common';
import { actorOf } from '../../platform/http/auth.plugin';
import type { createClassesService } from './classes.service';

const tags = ['classes'];

export const classesRoutes: FastifyPluginAsyncZod<{ classes: ReturnType<typeof createClassesService> }> = async (
  app,
  { classes },
) => {
  app.get(
    '/classes',
    {
      schema: {
        tags,
        summary: "The caller's classes",
        querystring: ClassListQuery,
        response: { 200: listOf(ClassSchema) },
      },
    },
    async (request) => classes.list(actorOf(request), request.query),
  );
  app.post(
    '/classes',
    { schema: { tags, body: CreateClassBody, response: { 201: ClassSchema } } },
    async (request, reply) => reply.code(201).send(await classes.create(actorOf(request), request.body)),
  );
  app.get('/classes/:id', { schema: { tags, params: IdParams, response: { 200: ClassSchema } } }, async (request) =>
    classes.get(actorOf(request), request.params.id),
  );
};
