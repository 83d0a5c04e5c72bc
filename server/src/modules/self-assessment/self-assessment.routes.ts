import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  SaveSelfAssessmentBody,
  SchoolYearParams,
  SelfAssessment,
  SelfAssessmentResults,
  SelfAssessmentYears,
} from '#core/contracts/self-assessment';
import { actorOf } from '../../platform/http/auth.plugin';
import { requestLocale } from '../../platform/i18n/request-locale';
import { resultsCsv } from './self-assessment.csv';
import type { SelfAssessmentService } from './self-assessment.service';

const tags = ['self-assessment'];

export const selfAssessmentRoutes: FastifyPluginAsyncZod<{ selfAssessment: SelfAssessmentService }> = async (
  app,
  { selfAssessment },
) => {
  app.get(
    '/self-assessments',
    {
      schema: {
        tags,
        summary: 'The district’s self-assessments by school year, newest first, with domain scores (admins, leaders)',
        response: { 200: SelfAssessmentYears },
      },
    },
    async (request) => selfAssessment.years(actorOf(request)),
  );
  app.get(
    '/self-assessments/:schoolYear',
    {
      schema: {
        tags,
        summary: 'One school year’s self-assessment: answers, notes, status (not-started when none yet)',
        params: SchoolYearParams,
        response: { 200: SelfAssessment },
      },
    },
    async (request) => selfAssessment.get(actorOf(request), request.params.schoolYear),
  );
  app.patch(
    '/self-assessments/:schoolYear',
    {
      schema: {
        tags,
        summary: 'Autosave: set or clear (null) answers and domain notes; makes the draft; 409 once submitted',
        params: SchoolYearParams,
        body: SaveSelfAssessmentBody,
        response: { 200: SelfAssessment },
      },
    },
    async (request) => selfAssessment.save(actorOf(request), request.params.schoolYear, request.body),
  );
  app.post(
    '/self-assessments/:schoolYear/submit',
    {
      schema: {
        tags,
        summary: 'Submit (freeze) the year’s self-assessment; 422 until every domain has an answer',
        params: SchoolYearParams,
        response: { 200: SelfAssessment },
      },
    },
    async (request) => selfAssessment.submit(actorOf(request), request.params.schoolYear),
  );
  app.post(
    '/self-assessments/:schoolYear/reopen',
    {
      schema: {
        tags,
        summary: 'Reopen a submitted self-assessment for editing (its history is kept)',
        params: SchoolYearParams,
        response: { 200: SelfAssessment },
      },
    },
    async (request) => selfAssessment.reopen(actorOf(request), request.params.schoolYear),
  );
  app.get(
    '/self-assessments/:schoolYear/results',
    {
      schema: {
        tags,
        summary:
          'Domain scores, bands and next steps beside the platform indicators for the school year (under 5 people: suppressed)',
        params: SchoolYearParams,
        response: { 200: SelfAssessmentResults },
      },
    },
    async (request) => selfAssessment.results(actorOf(request), request.params.schoolYear),
  );
  app.get(
    '/self-assessments/:schoolYear/results.csv',
    {
      schema: {
        tags,
        summary: 'The results as CSV (one row per domain and per indicator), in the reader’s language',
        params: SchoolYearParams,
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const { schoolYear } = request.params;
      const results = await selfAssessment.results(actorOf(request), schoolYear);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="self-assessment-${schoolYear}.csv"`)
        .send(resultsCsv(results, requestLocale(request)));
    },
  );
};
