import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams, listOf } from '#core/contracts/common';
import {
  CreateLessonPlanBody,
  Dismissal,
  DismissalParams,
  DismissInsightBody,
  LessonPlan,
  LessonPlanListQuery,
  LessonPlanVersion,
  StoredPlanInsights,
  UpdateLessonPlanBody,
} from '#core/contracts/planning';
import { actorOf } from '../../platform/http/auth.plugin';
import type { createPlanningService } from './planning.service';

const tags = ['lesson plans'];

export const planningRoutes: FastifyPluginAsyncZod<{ planning: ReturnType<typeof createPlanningService> }> = async (
  app,
  { planning },
) => {
  app.post(
    '/lesson-plans',
    { schema: { tags, body: CreateLessonPlanBody, response: { 201: LessonPlan } } },
    async (request, reply) => reply.code(201).send(await planning.create(actorOf(request), request.body)),
  );
  app.get(
    '/lesson-plans',
    {
      schema: {
        tags,
        summary: "The caller's plans by date",
        querystring: LessonPlanListQuery,
        response: { 200: listOf(LessonPlan) },
      },
    },
    async (request) => planning.list(actorOf(request), request.query),
  );
  app.get('/lesson-plans/:id', { schema: { tags, params: IdParams, response: { 200: LessonPlan } } }, async (request) =>
    planning.get(actorOf(request), request.params.id),
  );
  app.put(
    '/lesson-plans/:id',
    {
      schema: {
        tags,
        summary: 'Save (409 with currentVersion when stale)',
        params: IdParams,
        body: UpdateLessonPlanBody,
        response: { 200: LessonPlan },
      },
    },
    async (request) => planning.update(actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/lesson-plans/:id/copies',
    {
      schema: {
        tags,
        summary: 'Copy a plan the caller may read into a new private plan of theirs',
        params: IdParams,
        response: { 201: LessonPlan },
      },
    },
    async (request, reply) => reply.code(201).send(await planning.copy(actorOf(request), request.params.id)),
  );
  app.get(
    '/lesson-plans/:id/versions',
    {
      schema: {
        tags,
        summary: 'Earlier versions, newest first',
        params: IdParams,
        response: { 200: listOf(LessonPlanVersion) },
      },
    },
    async (request) => planning.versions(actorOf(request), request.params.id),
  );
  app.get(
    '/lesson-plans/:id/insights',
    { schema: { tags, params: IdParams, response: { 200: StoredPlanInsights } } },
    async (request) => planning.insights(actorOf(request), request.params.id),
  );
  app.post(
    '/lesson-plans/:id/insights/:ruleId/dismissals',
    { schema: { tags, params: DismissalParams, body: DismissInsightBody, response: { 201: Dismissal } } },
    async (request, reply) =>
      reply
        .code(201)
        .send(await planning.dismiss(actorOf(request), request.params.id, request.params.ruleId, request.body.reason)),
  );
};
