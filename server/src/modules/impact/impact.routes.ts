import { create as contentDisposition } from 'content-disposition';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '#core/contracts/common';
import {
  CreateInitiativeBody,
  CreatePulseBody,
  Dashboard,
  DashboardQuery,
  ExportQuery,
  Initiative,
  InitiativeListQuery,
  Pulse,
  PulseAnswerBody,
  UpdateInitiativeBody,
} from '#core/contracts/impact';
import { actorOf } from '../../platform/http/auth.plugin';
import { sendEncodedJson } from '../../platform/http/compression.plugin';
import { requestLocale } from '../../platform/i18n/request-locale';
import type { ImpactService } from './impact.service';

const tags = ['impact'];

export const impactRoutes: FastifyPluginAsyncZod<{ impact: ImpactService }> = async (app, { impact }) => {
  app.post(
    '/initiatives',
    {
      schema: {
        tags,
        summary: 'Create an initiative (district admins; at most 3 active a school year, 422 beyond)',
        body: CreateInitiativeBody,
        response: { 201: Initiative },
      },
    },
    async (request, reply) => reply.code(201).send(await impact.create(actorOf(request), request.body)),
  );
  app.get(
    '/initiatives',
    {
      schema: {
        tags,
        summary:
          'Initiatives you may see, newest school year first (admins all; leaders and teachers those that reach them)',
        querystring: InitiativeListQuery,
        response: { 200: z.object({ items: z.array(Initiative) }) },
      },
    },
    async (request) => impact.list(actorOf(request), request.query.schoolYear),
  );
  app.get(
    '/initiatives/:id',
    { schema: { tags, summary: 'One initiative', params: IdParams, response: { 200: Initiative } } },
    async (request) => impact.get(actorOf(request), request.params.id),
  );
  app.patch(
    '/initiatives/:id',
    {
      schema: {
        tags,
        summary: 'Edit or archive an initiative (district admins)',
        params: IdParams,
        body: UpdateInitiativeBody,
        response: { 200: Initiative },
      },
    },
    async (request) => impact.update(actorOf(request), request.params.id, request.body),
  );
  app.get(
    '/initiatives/:id/dashboard',
    {
      schema: {
        tags,
        summary:
          'The five Guskey levels from the rollup tables; groups under 5 people suppressed (admins; leaders: their schools)',
        params: IdParams,
        querystring: DashboardQuery,
        response: { 200: Dashboard },
      },
    },
    // Sent as the JSON the service rendered (and checked against `Dashboard` when it built it), in
    // the encoding the client takes, compressed once per rendering rather than once per response.
    async (request, reply) => {
      const json = await impact.dashboardJson(
        actorOf(request),
        request.params.id,
        request.query,
        requestLocale(request),
      );
      return sendEncodedJson(request, reply, json);
    },
  );
  app.get(
    '/initiatives/:id/export.csv',
    {
      schema: {
        tags,
        summary: 'One dashboard table (a measure or a level) as CSV, with the same suppression',
        params: IdParams,
        querystring: z.intersection(ExportQuery, DashboardQuery),
        produces: ['text/csv'],
        response: { 200: z.string().describe('CSV (UTF-8 with BOM), one row per cell (docs/api.md)') },
      },
    },
    async (request, reply) => {
      const { table, ...query } = request.query;
      const csv = await impact.exportCsv(actorOf(request), request.params.id, table, query, requestLocale(request));
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', contentDisposition(`initiative-${request.params.id}-${table}.csv`))
        .send(csv);
    },
  );
  app.get(
    '/initiatives/:id/report.pdf',
    {
      schema: {
        tags,
        summary: 'The impact report of one initiative as a PDF (levels, charts, the same suppression)',
        params: IdParams,
        querystring: DashboardQuery,
        produces: ['application/pdf'],
        response: { 200: z.any().describe('application/pdf') },
      },
    },
    async (request, reply) => {
      const pdf = await impact.reportPdf(actorOf(request), request.params.id, request.query, requestLocale(request));
      return reply
        .type('application/pdf')
        .header('content-disposition', contentDisposition(`initiative-${request.params.id}.pdf`))
        .send(pdf);
    },
  );
  app.post(
    '/initiatives/:id/refresh',
    {
      schema: {
        tags,
        summary: 'Ask for the rollups to be refreshed now (district admins; done by the jobs worker)',
        params: IdParams,
        response: { 202: z.null() },
      },
    },
    async (request, reply) => {
      await impact.refresh(actorOf(request), request.params.id);
      return reply.code(202).send(null);
    },
  );
  app.post(
    '/initiatives/:id/pulses',
    {
      schema: {
        tags,
        summary: 'Attach a 3–5 item pulse survey, open between two days (district admins)',
        params: IdParams,
        body: CreatePulseBody,
        response: { 201: Pulse },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await impact.createPulse(actorOf(request), request.params.id, request.body, requestLocale(request))),
  );
  app.get(
    '/initiatives/:id/pulses',
    {
      schema: {
        tags,
        summary: 'The pulses of an initiative (district admins; answers only as dashboard aggregates)',
        params: IdParams,
        response: { 200: z.object({ items: z.array(Pulse) }) },
      },
    },
    async (request) => impact.pulsesOf(actorOf(request), request.params.id, requestLocale(request)),
  );
  app.get(
    '/pulses/open',
    {
      schema: {
        tags,
        summary: 'Pulses open today for initiatives that include you (teachers and coaches)',
        response: { 200: z.object({ items: z.array(Pulse) }) },
      },
    },
    async (request) => impact.openPulses(actorOf(request), requestLocale(request)),
  );
  app.post(
    '/pulses/:id/responses',
    {
      schema: {
        tags,
        summary: 'Answer a pulse once (Likert 1–5 per item); 409 the second time',
        params: IdParams,
        body: PulseAnswerBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await impact.answerPulse(actorOf(request), request.params.id, request.body);
      return reply.code(204).send(null);
    },
  );
};
