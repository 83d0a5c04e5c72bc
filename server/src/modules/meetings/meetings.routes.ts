import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, listOf } from '#core/contracts/common';
import {
  ActionItem,
  ActionItemBody,
  ActionItemListQuery,
  AttendanceBody,
  CalendarFeed,
  CalendarFeedBody,
  CalendarTokenParams,
  CollaborationMinutes,
  CollaborationMinutesQuery,
  CreateProtocolBody,
  Decision,
  DecisionBody,
  Meeting,
  MeetingListQuery,
  MeetingNote,
  MeetingSummary,
  NotesQuery,
  Protocol,
  ProtocolParams,
  RunMeetingBody,
  SaveNoteBody,
  ScheduleMeetingBody,
  UpdateActionItemBody,
} from '#core/contracts/meetings';
import { actorOf } from '../../platform/http/auth.plugin';
import { requestLocale } from '../../platform/i18n/request-locale';
import type { MeetingsService } from './meetings.service';

const tags = ['meetings'];

export const meetingsRoutes: FastifyPluginAsyncZod<{ meetings: MeetingsService }> = async (app, { meetings }) => {
  // ── protocols ──
  app.get(
    '/protocols',
    {
      schema: {
        tags,
        summary: 'Built-in protocol templates and the district’s own',
        response: { 200: z.object({ items: z.array(Protocol) }) },
      },
    },
    async (request) => meetings.listProtocols(actorOf(request)),
  );
  app.get(
    '/protocols/:id',
    { schema: { tags, summary: 'A protocol with its steps', params: ProtocolParams, response: { 200: Protocol } } },
    async (request) => meetings.getProtocol(actorOf(request), request.params.id),
  );
  app.post(
    '/protocols',
    {
      schema: {
        tags,
        summary: 'Add a district protocol (district admins and coaches)',
        body: CreateProtocolBody,
        response: { 201: Protocol },
      },
    },
    async (request, reply) => reply.code(201).send(await meetings.createProtocol(actorOf(request), request.body)),
  );

  // ── a team's meetings ──
  app.post(
    '/teams/:id/meetings',
    {
      schema: {
        tags,
        summary: 'Schedule a meeting of the team with a protocol (its members)',
        params: IdParams,
        body: ScheduleMeetingBody,
        response: { 201: Meeting },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await meetings.schedule(actorOf(request), request.params.id, request.body, requestLocale(request))),
  );
  app.get(
    '/teams/:id/meetings',
    {
      schema: {
        tags,
        summary: 'The team’s meetings, latest first (members; the school’s leaders and district admins too)',
        params: IdParams,
        querystring: MeetingListQuery,
        response: { 200: listOf(MeetingSummary) },
      },
    },
    async (request) => meetings.listForTeam(actorOf(request), request.params.id, request.query),
  );
  app.get(
    '/teams/:id/collaboration-minutes',
    {
      schema: {
        tags,
        summary: 'Minutes held per ISO week and the longest block, against the 90-minute benchmark',
        params: IdParams,
        querystring: CollaborationMinutesQuery,
        response: { 200: CollaborationMinutes },
      },
    },
    async (request) => meetings.collaborationMinutes(actorOf(request), request.params.id, request.query),
  );

  // ── one meeting ──
  app.get(
    '/meetings/:id',
    {
      schema: {
        tags,
        summary: 'A meeting: the full record for members, metadata only for leaders and admins outside the team',
        params: IdParams,
        response: { 200: Meeting },
      },
    },
    async (request) => meetings.get(actorOf(request), request.params.id),
  );
  app.post(
    '/meetings/:id/run',
    {
      schema: {
        tags,
        summary: 'Start, move to the next, previous or a given step, or end (facilitator or team lead)',
        params: IdParams,
        body: RunMeetingBody,
        response: { 200: Meeting },
      },
    },
    async (request) => meetings.run(actorOf(request), request.params.id, request.body),
  );
  app.put(
    '/meetings/:id/attendance',
    {
      schema: {
        tags,
        summary: 'Record who was present (facilitator or team lead)',
        params: IdParams,
        body: AttendanceBody,
        response: { 200: Meeting },
      },
    },
    async (request) => meetings.recordAttendance(actorOf(request), request.params.id, request.body),
  );
  app.get(
    '/meetings/:id/notes',
    {
      schema: {
        tags,
        summary: 'Everyone’s notes, for one step or all (members)',
        params: IdParams,
        querystring: NotesQuery,
        response: { 200: z.object({ items: z.array(MeetingNote) }) },
      },
    },
    async (request) => meetings.notes(actorOf(request), request.params.id, request.query.step),
  );
  app.put(
    '/meetings/:id/notes',
    {
      schema: {
        tags,
        summary: 'Save the caller’s own note for a step, by client id (members; idempotent)',
        params: IdParams,
        body: SaveNoteBody,
        response: { 200: MeetingNote },
      },
    },
    async (request) => meetings.saveNote(actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/meetings/:id/decisions',
    {
      schema: {
        tags,
        summary: 'Record a decision (members)',
        params: IdParams,
        body: DecisionBody,
        response: { 201: Decision },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await meetings.addDecision(actorOf(request), request.params.id, request.body)),
  );
  app.post(
    '/meetings/:id/action-items',
    {
      schema: {
        tags,
        summary: 'Give a member an action item with a due date; they are notified (members)',
        params: IdParams,
        body: ActionItemBody,
        response: { 201: ActionItem },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await meetings.addActionItem(actorOf(request), request.params.id, request.body)),
  );

  // ── action items ──
  app.get(
    '/action-items',
    {
      schema: {
        tags,
        summary: 'The caller’s own action items (open by default), soonest due first',
        querystring: ActionItemListQuery,
        response: { 200: z.object({ items: z.array(ActionItem) }) },
      },
    },
    async (request) => meetings.myActionItems(actorOf(request), request.query),
  );
  app.patch(
    '/action-items/:id',
    {
      schema: {
        tags,
        summary: 'Mark one’s own action item done (or open again)',
        params: IdParams,
        body: UpdateActionItemBody,
        response: { 200: ActionItem },
      },
    },
    async (request) => meetings.updateActionItem(actorOf(request), request.params.id, request.body.status),
  );

  // ── calendar ──
  app.post(
    '/calendar/feeds',
    {
      schema: {
        tags,
        summary: 'Make or rotate the caller’s subscribe URL: their meetings, or a team’s they belong to',
        body: CalendarFeedBody,
        response: { 201: CalendarFeed },
      },
    },
    async (request, reply) => reply.code(201).send(await meetings.createFeed(actorOf(request), request.body.teamId)),
  );
  for (const kind of ['users', 'teams'] as const) {
    app.get(
      `/calendar/${kind}/:token`,
      {
        config: { public: true },
        schema: {
          tags,
          summary: `iCalendar feed (RFC 5545) of ${kind === 'users' ? 'a person’s' : 'a team’s'} meetings; the secret token in the URL (ending .ics) is the only credential`,
          params: CalendarTokenParams,
          produces: ['text/calendar'],
          response: { 200: z.string().describe('text/calendar') },
        },
      },
      async (request, reply) =>
        reply
          .type('text/calendar; charset=utf-8')
          .header('cache-control', 'private, max-age=300')
          .send(await meetings.feed(kind, request.params.token)),
    );
  }
};
