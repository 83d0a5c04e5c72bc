import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ActionStep,
  ActionStepsQuery,
  Caseload,
  SchoolMetricsQuery,
  SchoolObservationMetrics,
} from '#core/contracts/coaching';
import { IdParams } from '#core/contracts/common';
import { actorOf } from '../../platform/http/auth.plugin';
import type { CoachingService } from './coaching.service';

const tags = ['coaching'];

export const coachingRoutes: FastifyPluginAsyncZod<{ coaching: CoachingService }> = async (app, { coaching }) => {
  app.get(
    '/coaching/caseload',
    {
      schema: {
        tags,
        summary: 'The caller’s caseload: teachers they visit or coach, follow-ups to do, visits to make',
        response: { 200: Caseload },
      },
    },
    async (request) => coaching.caseload(actorOf(request)),
  );
  app.get(
    '/action-steps',
    {
      schema: {
        tags,
        summary: 'My action steps, or (with teacherId) the steps I gave that teacher',
        querystring: ActionStepsQuery,
        response: { 200: z.object({ items: z.array(ActionStep) }) },
      },
    },
    async (request) => coaching.actionSteps(actorOf(request), request.query),
  );
  app.get(
    '/schools/:id/observation-metrics',
    {
      schema: {
        tags,
        summary: 'Visit counts and timeliness for a school (its leaders, district admins); suppressed under 5 teachers',
        params: IdParams,
        querystring: SchoolMetricsQuery,
        response: { 200: SchoolObservationMetrics },
      },
    },
    async (request) => coaching.schoolMetrics(actorOf(request), request.params.id, request.query),
  );
};
