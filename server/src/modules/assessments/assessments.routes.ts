import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ASSESSMENT_LIMITS,
  AssessmentImport,
  AssessmentImportQuery,
  AssessmentImportResult,
  AssessmentSchool,
} from '#core/contracts/assessments';
import { IdParams, listOf } from '#core/contracts/common';
import { actorOf } from '../../platform/http/auth.plugin';
import { tooLarge } from '../../platform/http/upload';
import { requestLocale } from '../../platform/i18n/request-locale';
import type { AssessmentsService } from './assessments.service';

const tags = ['assessments'];
const CSV_TYPES = ['text/csv', 'application/csv', 'text/plain', 'application/vnd.ms-excel'];

export const assessmentsRoutes: FastifyPluginAsyncZod<{ assessments: AssessmentsService }> = async (
  app,
  { assessments },
) => {
  // The file is the body: read as bytes up to the limit, so an oversized upload is a 413 that names the limit.
  app.addContentTypeParser(
    CSV_TYPES,
    { parseAs: 'buffer', bodyLimit: ASSESSMENT_LIMITS.bytes + 1 },
    (_req, body, done) => done(null, body),
  );
  app.setErrorHandler((error) => {
    if ((error as { code?: string }).code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      throw tooLarge('The file is over 5 MB or 50,000 rows. Split it and import each part.');
    throw error;
  });

  app.get(
    '/assessments/template.csv',
    {
      schema: {
        tags,
        summary: 'The class-level assessment results template (CSV, Ed-Fi field names; docs/assessment-import.md)',
        produces: ['text/csv'],
      },
    },
    async (request, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="assessment-results-template.csv"')
        .send(await assessments.template(actorOf(request))),
  );
  app.get(
    '/assessments/schools',
    {
      schema: {
        tags,
        summary: 'Schools the caller may import results for, with the SchoolId value each expects',
        response: { 200: z.object({ items: z.array(AssessmentSchool) }) },
      },
    },
    async (request) => ({ items: await assessments.schools(actorOf(request)) }),
  );
  app.get(
    '/assessments/imports',
    {
      schema: {
        tags,
        summary: 'Imports of assessment results the caller may manage, newest first',
        response: { 200: listOf(AssessmentImport) },
      },
    },
    async (request) => assessments.list(actorOf(request)),
  );
  app.post(
    '/assessments/imports',
    {
      bodyLimit: ASSESSMENT_LIMITS.bytes + 1,
      schema: {
        tags,
        summary:
          'Import class-level results (body: the CSV, Content-Type text/csv); all or nothing: 422 lists each bad row, 413 over 5 MB or 50,000 rows; the same file again is 200',
        consumes: CSV_TYPES,
        querystring: AssessmentImportQuery,
        response: { 200: AssessmentImportResult, 201: AssessmentImportResult },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const data = Buffer.isBuffer(body) ? body : Buffer.from(typeof body === 'string' ? body : '');
      const { created, ...result } = await assessments.importFile(actorOf(request), {
        fileName: request.query.fileName ?? 'results.csv',
        data,
        messages: requestLocale(request),
      });
      return reply.code(created ? 201 : 200).send(result);
    },
  );
  app.delete(
    '/assessments/imports/:id',
    {
      schema: { tags, summary: 'Delete an import and every result still from it', params: IdParams },
    },
    async (request, reply) => {
      await assessments.remove(actorOf(request), request.params.id);
      return reply.code(204).send();
    },
  );
};
