import { create as contentDisposition } from 'content-disposition';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, LocaleSchema, listOf } from '#core/contracts/common';
import {
  Framework,
  FrameworkDocument,
  FrameworkSummary,
  GrowthFocus,
  GrowthFocusBody,
  ImportFrameworkBody,
  SchoolFramework,
  SetSchoolFrameworkBody,
} from '#core/contracts/frameworks';
import { actorOf } from '../../platform/http/auth.plugin';
import type { createFrameworksService } from './frameworks.service';

const tags = ['frameworks'];
const LocaleQuery = z.object({
  locale: LocaleSchema.optional().describe("The language of the answer's text; defaults to the caller's."),
});
/** A framework file is bigger than an ordinary request (FRAMEWORK_LIMITS.content characters, JSON-escaped). */
const FILE_BODY_LIMIT = 16 * 1024 * 1024;

export const frameworksRoutes: FastifyPluginAsyncZod<{
  frameworks: ReturnType<typeof createFrameworksService>;
}> = async (app, { frameworks }) => {
  app.get(
    '/frameworks',
    {
      schema: {
        tags,
        summary: "Practice frameworks: the built-in one and the district's own",
        querystring: LocaleQuery,
        response: { 200: listOf(FrameworkSummary) },
      },
    },
    async (request) => frameworks.list(actorOf(request), request.query.locale),
  );
  app.get(
    '/frameworks/:id',
    {
      schema: {
        tags,
        summary: 'A framework: domains, practices, levels and look-fors',
        params: IdParams,
        querystring: LocaleQuery,
        response: { 200: Framework },
      },
    },
    async (request) => frameworks.get(actorOf(request), request.params.id, request.query.locale),
  );
  app.get(
    '/frameworks/:id/document',
    {
      schema: {
        tags,
        summary: 'The framework as an editable document, in every language it has (district admins)',
        params: IdParams,
        response: { 200: FrameworkDocument },
      },
    },
    async (request) => frameworks.document(actorOf(request), request.params.id),
  );
  app.get(
    '/frameworks/:id/export.csv',
    {
      schema: {
        tags,
        summary: 'The framework in the CSV template, text in one language (district admins)',
        params: IdParams,
        querystring: LocaleQuery,
        produces: ['text/csv'],
        response: { 200: z.string().describe('CSV, one row per look-for (docs/api.md)') },
      },
    },
    async (request, reply) => {
      const { filename, csv } = await frameworks.exportCsv(actorOf(request), request.params.id, request.query.locale);
      return (
        reply
          .type('text/csv; charset=utf-8')
          // A code may hold any letter: the library writes an ASCII fallback and the real name (RFC 6266).
          .header('content-disposition', contentDisposition(filename))
          .send(csv)
      );
    },
  );
  app.post(
    '/frameworks/imports',
    {
      bodyLimit: FILE_BODY_LIMIT,
      schema: {
        tags,
        summary: "Import a district framework (our JSON, CSV or a CASE package); 422 lists the file's problems",
        querystring: LocaleQuery,
        body: ImportFrameworkBody,
        response: { 201: Framework },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await frameworks.importFramework(actorOf(request), request.body, request.query.locale)),
  );
  app.put(
    '/frameworks/:id/document',
    {
      bodyLimit: FILE_BODY_LIMIT,
      schema: {
        tags,
        summary: "Replace a district framework's content; ids are kept for the codes that stay",
        params: IdParams,
        querystring: LocaleQuery,
        body: FrameworkDocument,
        response: { 200: Framework },
      },
    },
    async (request) =>
      frameworks.replaceDocument(actorOf(request), request.params.id, request.body, request.query.locale),
  );

  app.get(
    '/schools/:id/framework',
    {
      schema: {
        tags,
        summary: 'The framework a school uses (the built-in one until its district chooses)',
        params: IdParams,
        response: { 200: SchoolFramework },
      },
    },
    async (request) => frameworks.schoolFramework(actorOf(request), request.params.id),
  );
  app.put(
    '/schools/:id/framework',
    {
      schema: {
        tags,
        summary: 'Choose the framework a school uses (district admins)',
        params: IdParams,
        body: SetSchoolFrameworkBody,
        response: { 200: SchoolFramework },
      },
    },
    async (request) => frameworks.chooseSchoolFramework(actorOf(request), request.params.id, request.body),
  );

  app.get(
    '/me/growth-focus',
    {
      schema: {
        tags,
        summary: 'Your growth-focus practices',
        querystring: LocaleQuery,
        response: { 200: GrowthFocus },
      },
    },
    async (request) => frameworks.growthFocus(actorOf(request), request.query.locale),
  );
  app.put(
    '/me/growth-focus',
    {
      schema: {
        tags,
        summary: "Choose one or two growth-focus practices from your school's framework (teachers and coaches)",
        querystring: LocaleQuery,
        body: GrowthFocusBody,
        response: { 200: GrowthFocus },
      },
    },
    async (request) => frameworks.setGrowthFocus(actorOf(request), request.body, request.query.locale),
  );
};
