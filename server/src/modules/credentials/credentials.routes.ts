import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '#core/contracts/common';
import {
  DownloadQuery,
  DraftBody,
  IssuedSummary,
  MicroCredential,
  MicroCredentialBody,
  MicroCredentialPatch,
  MicroCredentialSource,
  PublicCredential,
  ReviewBody,
  RevokeBody,
  Submission,
  SubmissionSummary,
} from '#core/contracts/credentials';
import { actorOf as signedIn } from '../../platform/http/auth.plugin';
import { requestLocale } from '../../platform/i18n/request-locale';
import type { CredentialsService } from './credentials.service';

const tags = ['credentials'];

/** The caller, reading in the language the request asks for (API.md: ?locale= first). */
const actorOf = (request: FastifyRequest) => ({ ...signedIn(request), locale: requestLocale(request) });
const items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

export const credentialsRoutes: FastifyPluginAsyncZod<{ credentials: CredentialsService }> = async (
  app,
  { credentials },
) => {
  app.get(
    '/credentials',
    {
      schema: {
        tags,
        summary: 'The district’s micro-credentials (catalogue)',
        response: { 200: items(MicroCredential) },
      },
    },
    async (request) => ({ items: await credentials.catalogue(actorOf(request)) }),
  );
  app.post(
    '/credentials',
    {
      schema: {
        tags,
        summary:
          'Author a micro-credential: competency, key method, evidence requirements, rubric (district admins and coaches)',
        body: MicroCredentialBody,
        response: { 201: MicroCredential },
      },
    },
    async (request, reply) => reply.code(201).send(await credentials.create(actorOf(request), request.body)),
  );
  app.get(
    '/credentials/submissions',
    {
      schema: {
        tags,
        summary: 'The caller’s own submissions and where each stands',
        response: { 200: items(SubmissionSummary) },
      },
    },
    async (request) => ({ items: await credentials.mine(actorOf(request)) }),
  );
  app.get(
    '/credentials/reviews',
    {
      schema: {
        tags,
        summary:
          'Submissions waiting for review in the district, oldest first, never the caller’s own (coaches and leaders)',
        response: { 200: items(SubmissionSummary) },
      },
    },
    async (request) => ({ items: await credentials.queue(actorOf(request)) }),
  );
  app.get(
    '/credentials/issued',
    {
      schema: {
        tags,
        summary: 'The district’s issued badges, newest first, with any revocation (district admins)',
        response: { 200: items(IssuedSummary) },
      },
    },
    async (request) => ({ items: await credentials.issued(actorOf(request)) }),
  );
  app.post(
    '/credentials/issued/:id/revoke',
    {
      schema: {
        tags,
        summary:
          'Revoke an issued badge with a reason (district admins; audited): public verification then answers “revoked on DATE”; 409 if already revoked',
        params: IdParams,
        body: RevokeBody,
        response: { 200: IssuedSummary },
      },
    },
    async (request) => credentials.revoke(actorOf(request), request.params.id, request.body),
  );
  app.get(
    '/credentials/:id',
    { schema: { tags, summary: 'One micro-credential', params: IdParams, response: { 200: MicroCredential } } },
    async (request) => credentials.microCredential(actorOf(request), request.params.id),
  );
  app.patch(
    '/credentials/:id',
    {
      schema: {
        tags,
        summary:
          'Edit or archive a micro-credential: title and description always; what is assessed only before any submission (409 after); archived takes no new submissions (admins and coaches)',
        params: IdParams,
        body: MicroCredentialPatch,
        response: { 200: MicroCredential },
      },
    },
    async (request) => credentials.update(actorOf(request), request.params.id, request.body),
  );
  app.get(
    '/credentials/:id/source',
    {
      schema: {
        tags,
        summary:
          'A micro-credential as authored, in both languages, and whether its content can still change (admins and coaches)',
        params: IdParams,
        response: { 200: MicroCredentialSource },
      },
    },
    async (request) => credentials.source(actorOf(request), request.params.id),
  );
  app.post(
    '/credentials/:id/submissions',
    {
      schema: {
        tags,
        summary: 'Start the caller’s submission (201), or answer the one they already have (200) (teachers)',
        params: IdParams,
        response: { 200: Submission, 201: Submission },
      },
    },
    async (request, reply) => {
      const { created, submission } = await credentials.start(actorOf(request), request.params.id);
      return reply.code(created ? 201 : 200).send(submission);
    },
  );
  app.get(
    '/credentials/submissions/:id',
    {
      schema: {
        tags,
        summary:
          'A submission: the draft for its teacher only; attempts (snapshots, reviews) for the teacher and reviewers',
        params: IdParams,
        response: { 200: Submission },
      },
    },
    async (request) => credentials.get(actorOf(request), request.params.id),
  );
  app.put(
    '/credentials/submissions/:id/draft',
    {
      schema: {
        tags,
        summary: 'Autosave the draft (evidence references and reflections); 409 while under review',
        params: IdParams,
        body: DraftBody,
        response: { 200: Submission },
      },
    },
    async (request) => credentials.saveDraft(actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/credentials/submissions/:id/submit',
    {
      schema: {
        tags,
        summary:
          'Submit (or resubmit after “not yet”): snapshots the evidence, notifies reviewers; 422 naming what is missing',
        params: IdParams,
        response: { 200: Submission },
      },
    },
    async (request) => credentials.submit(actorOf(request), request.params.id),
  );
  app.post(
    '/credentials/submissions/:id/review',
    {
      schema: {
        tags,
        summary:
          'Score every rubric criterion: earned (a signed Open Badge is issued) or not yet (reviewers, never the submitter)',
        params: IdParams,
        body: ReviewBody,
        response: { 200: Submission },
      },
    },
    async (request) => credentials.review(actorOf(request), request.params.id, request.body),
  );

  // Public: anyone holding a badge's link (a random uuid) can check it, without signing in.
  app.get(
    '/public/issuers/:id',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'A district as an Open Badges issuer Profile, with its Ed25519 Multikey verification method',
        params: IdParams,
        response: { 200: z.record(z.string(), z.unknown()) },
      },
    },
    async (request, reply) =>
      reply.type('application/ld+json').send(await credentials.issuerProfile(request.params.id)),
  );
  app.get(
    '/public/credentials/:id',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'An issued OpenBadgeCredential and the server’s verification of it (earned ones only)',
        params: IdParams,
        response: { 200: PublicCredential },
      },
    },
    async (request) => credentials.publicCredential(request.params.id),
  );
  app.get(
    '/public/credentials/:id/download',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Download the signed credential (application/ld+json, or application/json with ?format=json)',
        params: IdParams,
        querystring: DownloadQuery,
        response: { 200: z.record(z.string(), z.unknown()) },
      },
    },
    async (request, reply) => {
      const { credential } = await credentials.publicCredential(request.params.id);
      const json = request.query.format === 'json';
      return reply
        .type(json ? 'application/json' : 'application/ld+json')
        .header('content-disposition', `attachment; filename="badge-${request.params.id}.${json ? 'json' : 'jsonld'}"`)
        .send(credential);
    },
  );
};
