import multipart from '@fastify/multipart';
import { create as contentDisposition } from 'content-disposition';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, listOf } from '#core/contracts/common';
import {
  Comment,
  CommentTargetQuery,
  CreateCommentBody,
  CreateUnitBody,
  Person,
  PlanFromUnitBody,
  PlanFromUnitResult,
  ScoreBody,
  STUDENT_WORK_MAX_BYTES,
  StudentWorkDetail,
  StudentWorkListQuery,
  StudentWorkSample,
  TeamIdParams,
  Unit,
  UnitListQuery,
  UpdateUnitBody,
} from '#core/contracts/units';
import { actorOf } from '../../platform/http/auth.plugin';
import { uploadReader } from '../../platform/http/upload';
import type { CommentsService } from './comments.service';
import type { StudentWorkService } from './student-work.service';
import type { UnitsService } from './units.service';

type Services = { units: UnitsService; comments: CommentsService; studentWork: StudentWorkService };

export const unitsRoutes: FastifyPluginAsyncZod<Services> = async (app, { units, comments, studentWork }) => {
  // Multipart for the upload route only (this plugin's scope); everything else stays JSON.
  await app.register(multipart, { limits: { fileSize: STUDENT_WORK_MAX_BYTES, files: 1 } });

  const tags = ['units'];
  app.post(
    '/units',
    {
      schema: {
        tags,
        summary: "Make a unit for one of the caller's teams",
        body: CreateUnitBody,
        response: { 201: Unit },
      },
    },
    async (request, reply) => reply.code(201).send(await units.create(actorOf(request), request.body)),
  );
  app.get(
    '/units',
    {
      schema: {
        tags,
        summary: "Units of the caller's teams",
        querystring: UnitListQuery,
        response: { 200: listOf(Unit) },
      },
    },
    async (request) => units.list(actorOf(request), request.query),
  );
  app.get(
    '/units/:id',
    { schema: { tags, summary: 'A unit (its team only)', params: IdParams, response: { 200: Unit } } },
    async (request) => units.get(actorOf(request), request.params.id),
  );
  app.put(
    '/units/:id',
    {
      schema: {
        tags,
        summary: 'Save a unit (409 with currentVersion when stale)',
        params: IdParams,
        body: UpdateUnitBody,
        response: { 200: Unit },
      },
    },
    async (request) => units.update(actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/units/:id/plans',
    {
      schema: {
        tags,
        summary: 'Plan a lesson from the unit: a team-shared plan of the caller, linked into the sequence',
        params: IdParams,
        body: PlanFromUnitBody,
        response: { 201: PlanFromUnitResult },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await units.planFromUnit(actorOf(request), request.params.id, request.body)),
  );

  const commentTags = ['comments'];
  app.get(
    '/comments',
    {
      schema: {
        tags: commentTags,
        summary: 'Comments on a plan or unit the caller may read, oldest first',
        querystring: CommentTargetQuery,
        response: { 200: listOf(Comment) },
      },
    },
    async (request) => comments.list(actorOf(request), request.query),
  );
  app.post(
    '/comments',
    {
      schema: {
        tags: commentTags,
        summary: 'Comment on a section; @mentioned readers are notified',
        body: CreateCommentBody,
        response: { 201: Comment },
      },
    },
    async (request, reply) => reply.code(201).send(await comments.create(actorOf(request), request.body)),
  );
  app.get(
    '/comments/mentionable',
    {
      schema: {
        tags: commentTags,
        summary: 'People the caller may @mention on a plan or unit',
        querystring: CommentTargetQuery,
        response: { 200: listOf(Person) },
      },
    },
    async (request) => comments.mentionable(actorOf(request), request.query),
  );

  const workTags = ['student work'];
  app.post(
    '/teams/:teamId/student-work',
    {
      schema: {
        tags: workTags,
        summary:
          'Upload a sample (multipart/form-data: title, successCriteria one per line, unitId?, meetingId?, namesRemoved=true, then file; PNG, JPEG, WebP or PDF up to 10 MB)',
        consumes: ['multipart/form-data'],
        params: TeamIdParams,
        response: { 201: StudentWorkSample },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await studentWork.upload(
            actorOf(request),
            request.params.teamId,
            uploadReader(request, STUDENT_WORK_MAX_BYTES),
          ),
        ),
  );
  app.get(
    '/student-work',
    {
      schema: {
        tags: workTags,
        summary: "Samples of the caller's teams, newest first",
        querystring: StudentWorkListQuery,
        response: { 200: listOf(StudentWorkSample) },
      },
    },
    async (request) => studentWork.list(actorOf(request), request.query),
  );
  app.get(
    '/student-work/:id',
    {
      schema: {
        tags: workTags,
        summary: "A sample with the team's score summary",
        params: IdParams,
        response: { 200: StudentWorkDetail },
      },
    },
    async (request) => studentWork.get(actorOf(request), request.params.id),
  );
  app.get(
    '/student-work/:id/file',
    {
      schema: {
        tags: workTags,
        summary: 'The file (team only)',
        params: IdParams,
        produces: ['image/png', 'image/jpeg', 'image/webp', 'application/pdf'],
        response: { 200: z.any().describe('The file bytes') },
      },
    },
    async (request, reply) => {
      const file = await studentWork.download(actorOf(request), request.params.id);
      const type = file.contentType === 'application/pdf' ? 'attachment' : 'inline';
      reply.type(file.contentType).header('content-disposition', contentDisposition(file.fileName, { type }));
      if (file.size !== null) reply.header('content-length', String(file.size));
      return reply.send(file.body);
    },
  );
  app.delete(
    '/student-work/:id',
    {
      schema: {
        tags: workTags,
        summary: 'Remove a sample (its uploader)',
        params: IdParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await studentWork.remove(actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
  app.post(
    '/student-work/:id/scores',
    {
      schema: {
        tags: workTags,
        summary: 'Score a sample against its success criteria (one set per scorer; again replaces it)',
        params: IdParams,
        body: ScoreBody,
        response: { 200: StudentWorkDetail },
      },
    },
    async (request) => studentWork.score(actorOf(request), request.params.id, request.body),
  );
};
