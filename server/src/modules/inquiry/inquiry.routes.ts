import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, listOf } from '#core/contracts/common';
import {
  CloseInquiryBody,
  Inquiry,
  InquiryLink,
  InquiryLinkBody,
  InquiryLinkParams,
  InquiryListQuery,
  InquirySummary,
  StartInquiryBody,
  UpdateInquiryBody,
} from '#core/contracts/inquiry';
import { actorOf } from '../../platform/http/auth.plugin';
import { requestLocale } from '../../platform/i18n/request-locale';
import type { InquiryService } from './inquiry.service';

const tags = ['inquiry'];

export const inquiryRoutes: FastifyPluginAsyncZod<{ inquiry: InquiryService }> = async (app, { inquiry }) => {
  app.post(
    '/inquiries',
    {
      schema: {
        tags,
        summary: 'Open an inquiry (teachers and coaches; with teamId, a team of yours co-owns it)',
        body: StartInquiryBody,
        response: { 201: Inquiry },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await inquiry.start(actorOf(request), request.body, requestLocale(request))),
  );
  app.get(
    '/inquiries',
    {
      schema: {
        tags,
        summary: 'Your inquiries and your teams’, newest first',
        querystring: InquiryListQuery,
        response: { 200: listOf(InquirySummary) },
      },
    },
    async (request) => inquiry.list(actorOf(request), request.query),
  );
  app.get(
    '/inquiries/:id',
    {
      schema: {
        tags,
        summary: 'An inquiry with its timeline (its owner and team only; leaders and admins never)',
        params: IdParams,
        response: { 200: Inquiry },
      },
    },
    async (request) => inquiry.get(actorOf(request), request.params.id, requestLocale(request)),
  );
  app.patch(
    '/inquiries/:id',
    {
      schema: {
        tags,
        summary:
          'Edit the question, prediction, evidence, result, reflection or stage; 422 when a stage rule is broken',
        params: IdParams,
        body: UpdateInquiryBody,
        response: { 200: Inquiry },
      },
    },
    async (request) => inquiry.update(actorOf(request), request.params.id, request.body, requestLocale(request)),
  );
  app.post(
    '/inquiries/:id/links',
    {
      schema: {
        tags,
        summary: 'Link a strategy card, a plan you can read, or your own reflection or visit; again answers 200',
        params: IdParams,
        body: InquiryLinkBody,
        response: { 200: InquiryLink, 201: InquiryLink },
      },
    },
    async (request, reply) => {
      const { created, link } = await inquiry.addLink(
        actorOf(request),
        request.params.id,
        request.body,
        requestLocale(request),
      );
      return reply.code(created ? 201 : 200).send(link);
    },
  );
  app.delete(
    '/inquiries/:id/links/:linkId',
    {
      schema: { tags, summary: 'Remove a link', params: InquiryLinkParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await inquiry.removeLink(actorOf(request), request.params.id, request.params.linkId);
      return reply.code(204).send(null);
    },
  );
  app.post(
    '/inquiries/:id/close',
    {
      schema: {
        tags,
        summary: 'Close the inquiry with a summary of what was learned (from any stage)',
        params: IdParams,
        body: CloseInquiryBody,
        response: { 200: Inquiry },
      },
    },
    async (request) => inquiry.close(actorOf(request), request.params.id, request.body, requestLocale(request)),
  );
};
