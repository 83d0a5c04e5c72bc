import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '#core/contracts/common';
import {
  CompletionBody,
  EnrolBody,
  EnrolResult,
  Pathway,
  PathwayBody,
  PathwayList,
  PathwayProgress,
  StatusBody,
  StepParams,
} from '#core/contracts/pathways';
import { actorOf as signedIn } from '../../platform/http/auth.plugin';
import { requestLocale } from '../../platform/i18n/request-locale';
import type { PathwaysService } from './pathways.service';

const tags = ['pathways'];

/** The caller, reading in the language the request asks for (?locale= first). */
const actorOf = (request: FastifyRequest) => ({ ...signedIn(request), locale: requestLocale(request) });

export const pathwaysRoutes: FastifyPluginAsyncZod<{ pathways: PathwaysService }> = async (app, { pathways }) => {
  app.get(
    '/pathways',
    {
      schema: {
        tags,
        summary: 'The district’s pathways the caller may see, with the caller’s own progress',
        response: { 200: PathwayList },
      },
    },
    async (request) => ({ items: await pathways.list(actorOf(request)) }),
  );
  app.post(
    '/pathways',
    {
      schema: {
        tags,
        summary: 'Author a pathway (a draft): ordered card and task steps (district admins, coaches, school leaders)',
        body: PathwayBody,
        response: { 201: Pathway },
      },
    },
    async (request, reply) => reply.code(201).send(await pathways.create(actorOf(request), request.body)),
  );
  app.get(
    '/pathways/:id',
    {
      schema: {
        tags,
        summary: 'One pathway: its ordered steps and the caller’s own completions (drafts: their editors only)',
        params: IdParams,
        response: { 200: Pathway },
      },
    },
    async (request) => pathways.get(actorOf(request), request.params.id),
  );
  app.put(
    '/pathways/:id',
    {
      schema: {
        tags,
        summary: 'Replace a pathway and its steps in their new order; steps sent with their id keep completions',
        params: IdParams,
        body: PathwayBody,
        response: { 200: Pathway },
      },
    },
    async (request) => pathways.update(actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/pathways/:id/status',
    {
      schema: {
        tags,
        summary: 'Publish, archive or return to draft; 409 when publishing a pathway without steps',
        params: IdParams,
        body: StatusBody,
        response: { 200: Pathway },
      },
    },
    async (request) => pathways.setStatus(actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/pathways/:id/enrolment',
    {
      schema: {
        tags,
        summary: 'Follow a published pathway (201), or answer it when already following (200)',
        params: IdParams,
        response: { 200: Pathway, 201: Pathway },
      },
    },
    async (request, reply) => {
      const { created, pathway } = await pathways.enrol(actorOf(request), request.params.id);
      return reply.code(created ? 201 : 200).send(pathway);
    },
  );
  app.delete(
    '/pathways/:id/enrolment',
    {
      schema: {
        tags,
        summary: 'Stop following a pathway (completions are kept)',
        params: IdParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await pathways.leave(actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
  app.post(
    '/pathways/:id/enrolments',
    {
      schema: {
        tags,
        summary: 'Enrol people of the district in a published pathway (its editors)',
        params: IdParams,
        body: EnrolBody,
        response: { 200: EnrolResult },
      },
    },
    async (request) => pathways.assign(actorOf(request), request.params.id, request.body),
  );
  app.get(
    '/pathways/:id/progress',
    {
      schema: {
        tags,
        summary: 'How many enrolled people completed each step, and each person’s count (its editors)',
        params: IdParams,
        response: { 200: PathwayProgress },
      },
    },
    async (request) => pathways.progress(actorOf(request), request.params.id),
  );
  app.put(
    '/pathways/:id/steps/:stepId/completion',
    {
      schema: {
        tags,
        summary: 'Mark a step done, with an optional note and one of the caller’s own plans',
        params: StepParams,
        body: CompletionBody,
        response: { 200: Pathway },
      },
    },
    async (request) => pathways.complete(actorOf(request), request.params.id, request.params.stepId, request.body),
  );
  app.delete(
    '/pathways/:id/steps/:stepId/completion',
    {
      schema: {
        tags,
        summary: 'Mark a step not done',
        params: StepParams,
        response: { 200: Pathway },
      },
    },
    async (request) => pathways.uncomplete(actorOf(request), request.params.id, request.params.stepId),
  );
};
