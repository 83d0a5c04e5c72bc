import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { InsightsResult, LessonPlanInput } from '#core/contracts/lesson-plans';
import { AnalyzeReflectionBody, ReflectionAnalysis } from '#core/contracts/reflections';
import { actorOf } from '../../platform/http/auth.plugin';
import type { createInsightsService } from './insights.service';

const tags = ['insights'];

export const insightsRoutes: FastifyPluginAsyncZod<{ insights: ReturnType<typeof createInsightsService> }> = async (
  app,
  { insights },
) => {
  app.post(
    '/insights/lesson-plan',
    {
      schema: {
        tags,
        summary: 'Plan insights without saving (PEDAGOGY.md §1)',
        body: LessonPlanInput,
        response: { 200: InsightsResult },
      },
    },
    async (request) => insights.analyzeLessonPlan(actorOf(request), request.body),
  );

  app.post(
    '/insights/reflection',
    {
      schema: {
        tags,
        summary: 'Reflection depth without saving (PEDAGOGY.md §2)',
        body: AnalyzeReflectionBody,
        response: { 200: ReflectionAnalysis },
      },
    },
    async (request) => insights.analyzeReflection(actorOf(request), request.body),
  );
};
