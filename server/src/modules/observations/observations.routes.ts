import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams, listOf } from '#core/contracts/common';
import {
  AttachPlanBody,
  EvidenceNote,
  EvidenceNoteBody,
  FeedbackBody,
  FollowUpBody,
  Observation,
  ObservationListQuery,
  Ratings,
  RatingsBody,
  ScheduleObservationBody,
  TalliesBody,
  TeacherResponseBody,
  UpdateObservationBody,
} from '#core/contracts/observations';
import { actorOf } from '../../platform/http/auth.plugin';
import type { ObservationsService } from './observations.service';

const tags = ['observations'];

export const observationsRoutes: FastifyPluginAsyncZod<{ observations: ObservationsService }> = async (
  app,
  { observations },
) => {
  app.post(
    '/observations',
    {
      schema: {
        tags,
        summary: 'Schedule a visit (coaches and school leaders; teachers for peer visits)',
        body: ScheduleObservationBody,
        response: { 201: Observation },
      },
    },
    async (request, reply) => reply.code(201).send(await observations.schedule(actorOf(request), request.body)),
  );
  app.get(
    '/observations',
    {
      schema: {
        tags,
        summary: 'Visits the caller makes (observing) or receives (observed), newest first',
        querystring: ObservationListQuery,
        response: { 200: listOf(Observation) },
      },
    },
    async (request) => observations.list(actorOf(request), request.query),
  );
  app.get(
    '/observations/:id',
    {
      schema: {
        tags,
        summary: 'A visit (its observer and its teacher only)',
        params: IdParams,
        response: { 200: Observation },
      },
    },
    async (request) => observations.get(actorOf(request), request.params.id),
  );
  app.patch(
    '/observations/:id',
    {
      schema: {
        tags,
        summary: 'Reschedule, move the follow-up date, or cancel (observer)',
        params: IdParams,
        body: UpdateObservationBody,
        response: { 200: Observation },
      },
    },
    async (request) => observations.update(actorOf(request), request.params.id, request.body),
  );
  app.put(
    '/observations/:id/plan',
    {
      schema: {
        tags,
        summary: 'Attach one of the teacher’s lesson plans, or null to detach (observed teacher)',
        params: IdParams,
        body: AttachPlanBody,
        response: { 200: Observation },
      },
    },
    async (request) => observations.attachPlan(actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/observations/:id/notes',
    {
      schema: {
        tags,
        summary: 'Add an evidence note (observer); the same clientId again answers 200 with the stored note',
        params: IdParams,
        body: EvidenceNoteBody,
        response: { 200: EvidenceNote, 201: EvidenceNote },
      },
    },
    async (request, reply) => {
      const { created, note } = await observations.addNote(actorOf(request), request.params.id, request.body);
      return reply.code(created ? 201 : 200).send(note);
    },
  );
  app.put(
    '/observations/:id/tallies',
    {
      schema: {
        tags,
        summary: 'Replace the quick look-for tallies with the device’s counts (observer)',
        params: IdParams,
        body: TalliesBody,
        response: { 200: Observation },
      },
    },
    async (request) => observations.saveTallies(actorOf(request), request.params.id, request.body),
  );
  app.put(
    '/observations/:id/ratings',
    {
      schema: {
        tags,
        summary: 'Rate practices of an evaluative visit (observer; 409 for other kinds)',
        params: IdParams,
        body: RatingsBody,
        response: { 200: Ratings },
      },
    },
    async (request) => observations.saveRatings(actorOf(request), request.params.id, request.body),
  );
  app.get(
    '/observations/:id/ratings',
    {
      schema: {
        tags,
        summary: 'Ratings of an evaluative visit (observer; the teacher once feedback is shared)',
        params: IdParams,
        response: { 200: Ratings },
      },
    },
    async (request) => observations.ratings(actorOf(request), request.params.id),
  );
  app.get(
    '/observations/:id/notes',
    {
      schema: {
        tags,
        summary: 'Evidence notes by time (observer; the teacher once feedback is shared)',
        params: IdParams,
        response: { 200: listOf(EvidenceNote) },
      },
    },
    async (request) => observations.notes(actorOf(request), request.params.id),
  );
  app.put(
    '/observations/:id/feedback',
    {
      schema: {
        tags,
        summary: 'Write feedback; share: true shows it to the teacher (observer)',
        params: IdParams,
        body: FeedbackBody,
        response: { 200: Observation },
      },
    },
    async (request) => observations.saveFeedback(actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/observations/:id/response',
    {
      schema: {
        tags,
        summary: 'Respond to shared feedback (observed teacher; 409 before it is shared)',
        params: IdParams,
        body: TeacherResponseBody,
        response: { 200: Observation },
      },
    },
    async (request) => observations.respond(actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/observations/:id/follow-up',
    {
      schema: {
        tags,
        summary: 'Record how the action step went (observer; 409 before feedback is shared)',
        params: IdParams,
        body: FollowUpBody,
        response: { 200: Observation },
      },
    },
    async (request) => observations.followUp(actorOf(request), request.params.id, request.body),
  );
};
