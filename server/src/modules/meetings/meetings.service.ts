import type { z } from 'zod';
import type {
  ActionItemBody,
  ActionItemListQuery,
  AttendanceBody,
  DecisionBody,
  MeetingListQuery,
  RunMeetingBody,
  SaveNoteBody,
  ScheduleMeetingBody,
} from '#core/contracts/meetings';
import { MEETING_LIMITS } from '#core/contracts/meetings';
import type { Locale } from '#core/domain/roles';
import { localized } from '#core/protocols/index';
import type { Db, Tx } from '../../db/client';
import type { Actor } from '../../platform/actor';
import { authorize, found } from '../../platform/authz';
import { conflict, unprocessable } from '../../platform/http/problem';
import { decodeCursor, toPage } from '../../platform/pagination';
import type { Notify } from '../notifications';
import type { ArtefactReader } from './artefact-reader';
import { meetingsPolicy as policy } from './meetings.policy';
import { presentActionItem, presentDecision, presentMeeting, presentNote, presentSummary } from './meetings.presenter';
import { type MeetingRow, meetingsRepo as repo, type TeamFacts } from './meetings.repo';
import { meetingActionItems, meetingDecisions } from './meetings.table';
import { createCalendarFeedUseCases } from './use-cases/calendar-feeds';
import { createMinutesUseCases } from './use-cases/collaboration-minutes';
import { createProtocolUseCases } from './use-cases/protocols';

type Deps = { db: Db; artefactReader: ArtefactReader; notify: Notify; publicUrl: string };
type FieldError = { path: string; message: string };

const ended = () => conflict('This meeting has ended.');

export function createMeetingsService({ db, artefactReader, notify, publicUrl }: Deps) {
  /** The team if the actor may see its meetings (member, or leader / admin over it); 404 otherwise. */
  async function visibleTeam(actor: Actor, teamId: string) {
    const team = await repo.team(db, actor.organizationId, teamId);
    authorize(team !== null && policy.canSeeMeetings(actor, team), 'hide');
    return team!;
  }

  async function visibleMeeting(actor: Actor, id: string) {
    const meeting = found(await repo.find(db, actor.organizationId, id));
    const team = await visibleTeam(actor, meeting.teamId);
    return { meeting, team };
  }

  /** The team's work (notes, decisions, items): members only; a leader who may see the meeting gets 403. */
  async function memberOf(actor: Actor, id: string) {
    const found_ = await visibleMeeting(actor, id);
    authorize(policy.canSeeWork(actor, found_.team));
    return found_;
  }

  async function present(actor: Actor, meeting: MeetingRow, team: TeamFacts) {
    const org = actor.organizationId;
    const member = policy.canSeeWork(actor, team);
    const facilitator = team.members.find((m) => m.userId === meeting.facilitatorId);
    const [attendees, facilitatorName, work] = await Promise.all([
      repo.attendees(db, org, meeting.id),
      facilitator ? facilitator.name : repo.userName(db, org, meeting.facilitatorId).then((name) => name ?? ''),
      member
        ? Promise.all([
            repo.artefacts(db, org, meeting.id),
            repo.decisions(db, org, meeting.id),
            repo.actionItemsOfMeeting(db, org, meeting.id),
          ]).then(([artefacts, decisions, actionItems]) => ({ artefacts, decisions, actionItems }))
        : null,
    ]);
    return presentMeeting(meeting, {
      teamName: team.name,
      facilitatorName,
      attendees,
      canRun: policy.canRun(actor, team, meeting),
      work,
    });
  }

  const memberIds = (team: TeamFacts) => new Set(team.members.map((m) => m.userId));
  const protocols = createProtocolUseCases({ db });
  const { resolveProtocol } = protocols;

  return {
    ...protocols,
    ...createMinutesUseCases({ db, visibleTeam }),
    ...createCalendarFeedUseCases({ db, publicUrl, visibleTeam }),

    // ── meetings ──
    async schedule(actor: Actor, teamId: string, body: z.infer<typeof ScheduleMeetingBody>, locale: Locale) {
      const team = await visibleTeam(actor, teamId);
      authorize(policy.canSchedule(actor, team));
      const members = memberIds(team);
      const errors: FieldError[] = [];
      const protocol = await resolveProtocol(actor, body.protocolId);
      if (!protocol) errors.push({ path: 'protocolId', message: 'Not a protocol of your district.' });
      const facilitatorId = body.facilitatorId ?? actor.userId;
      if (!members.has(facilitatorId))
        errors.push({ path: 'facilitatorId', message: 'The facilitator must be a member of the team.' });
      const attendeeIds = [...new Set(body.attendeeIds ?? [...members])];
      attendeeIds.forEach((id, i) => {
        if (!members.has(id)) errors.push({ path: `attendeeIds.${i}`, message: 'Not a member of this team.' });
      });
      const artefacts: { type: (typeof body.artefacts)[number]['type']; targetId: string; title: string }[] = [];
      for (const [i, ref] of body.artefacts.entries()) {
        const read = await artefactReader(db, actor, ref.type, ref.id);
        // A team's own unit or sample only: a member of two teams cannot show one team's work to the other.
        if (read && (read.teamId === undefined || read.teamId === team.id))
          artefacts.push({ type: ref.type, targetId: ref.id, title: read.title });
        else errors.push({ path: `artefacts.${i}.id`, message: 'Not something you can share with this team.' });
      }
      if (errors.length > 0 || !protocol) throw unprocessable('Some details of this meeting need attention.', errors);

      const meeting = await db.transaction(async (tx) => {
        const row = await repo.create(tx, {
          organizationId: actor.organizationId,
          teamId,
          protocolId: protocol.id,
          protocolName: protocol.name,
          steps: protocol.steps,
          title: body.title ?? localized(protocol.name, locale),
          scheduledAt: new Date(body.scheduledAt),
          durationMinutes: body.durationMinutes ?? Math.min(480, Math.max(5, protocol.minutes)),
          facilitatorId,
          createdBy: actor.userId,
        });
        await repo.addAttendees(
          tx,
          attendeeIds.map((userId) => ({ organizationId: actor.organizationId, meetingId: row.id, userId })),
        );
        await repo.addArtefacts(
          tx,
          artefacts.map((a) => ({ organizationId: actor.organizationId, meetingId: row.id, ...a })),
        );
        return row;
      });
      return present(actor, meeting, team);
    },

    async listForTeam(actor: Actor, teamId: string, query: z.infer<typeof MeetingListQuery>) {
      await visibleTeam(actor, teamId);
      const after = decodeCursor(query.cursor, ['timestamp', 'id']);
      const rows = await repo.listForTeam(db, actor.organizationId, teamId, query.limit, after);
      return toPage(rows, query.limit, (r) => [r.scheduledAt.toISOString(), r.id], presentSummary);
    },

    async get(actor: Actor, id: string) {
      const { meeting, team } = await visibleMeeting(actor, id);
      return present(actor, meeting, team);
    },

    /** Start, move between steps (the step's clock restarts), or end: the facilitator or the team's lead. */
    async run(actor: Actor, id: string, body: z.infer<typeof RunMeetingBody>) {
      const { meeting, team } = await visibleMeeting(actor, id);
      authorize(policy.canRun(actor, team, meeting));
      const updated = await db.transaction(async (tx: Tx) => {
        const row = found(await repo.lock(tx, actor.organizationId, id));
        const now = new Date();
        if (row.state === 'ended') throw ended();
        if (body.action === 'start') {
          if (row.state === 'running') throw conflict('This meeting is already running.');
          return repo.update(tx, actor.organizationId, id, {
            state: 'running',
            startedAt: now,
            currentStepIndex: 0,
            stepStartedAt: now,
          });
        }
        if (row.state !== 'running') throw conflict('Start the meeting first.');
        if (body.action === 'end') {
          return repo.update(tx, actor.organizationId, id, { state: 'ended', endedAt: now, stepStartedAt: null });
        }
        const target =
          body.action === 'next'
            ? row.currentStepIndex + 1
            : body.action === 'previous'
              ? row.currentStepIndex - 1
              : body.stepIndex!;
        if (target < 0 || target >= row.steps.length)
          throw unprocessable('There is no such step in this protocol.', [
            { path: 'stepIndex', message: `Steps go from 1 to ${row.steps.length}.` },
          ]);
        return repo.update(tx, actor.organizationId, id, { currentStepIndex: target, stepStartedAt: now });
      });
      return present(actor, updated, team);
    },

    async recordAttendance(actor: Actor, id: string, body: z.infer<typeof AttendanceBody>) {
      const { meeting, team } = await visibleMeeting(actor, id);
      authorize(policy.canRun(actor, team, meeting));
      const members = memberIds(team);
      const expected = new Set((await repo.attendees(db, actor.organizationId, id)).map((a) => a.userId));
      const errors = body.attendance.flatMap((a, i) =>
        members.has(a.userId) || expected.has(a.userId)
          ? []
          : [{ path: `attendance.${i}.userId`, message: 'Not a member of this team.' }],
      );
      if (errors.length > 0) throw unprocessable('Attendance names someone outside the team.', errors);
      const updated = await db.transaction(async (tx) => {
        // The last entry for a person wins, as it did when each was written in turn.
        const latest = new Map(body.attendance.map((a) => [a.userId, a.present] as const));
        const rows = [...latest].map(([userId, present]) => ({
          userId,
          attendance: present ? ('present' as const) : ('absent' as const),
        }));
        await repo.setAttendance(tx, actor.organizationId, id, rows);
        return repo.update(tx, actor.organizationId, id, {});
      });
      return present(actor, updated, team);
    },

    // ── notes ──
    async notes(actor: Actor, id: string, step: number | undefined) {
      await memberOf(actor, id);
      const rows = await repo.notes(db, actor.organizationId, id, step);
      return { items: rows.map((row) => presentNote(row, actor.userId)) };
    },

    /**
     * Saves the caller's own note for a step (insert or update by client id). Each person's note is
     * its own row, so two people typing on the same step at once both keep what they wrote.
     */
    async saveNote(actor: Actor, id: string, body: z.infer<typeof SaveNoteBody>) {
      const { meeting } = await memberOf(actor, id);
      if (body.stepIndex >= meeting.steps.length)
        throw unprocessable('There is no such step in this protocol.', [
          { path: 'stepIndex', message: `Steps go from 1 to ${meeting.steps.length}.` },
        ]);
      if ((await repo.noteCount(db, actor.organizationId, id)) >= 2000)
        throw unprocessable('A meeting holds at most 2,000 notes.');
      const row = await repo.upsertNote(db, {
        organizationId: actor.organizationId,
        meetingId: id,
        stepIndex: body.stepIndex,
        authorId: actor.userId,
        clientId: body.clientId,
        text: body.text,
      });
      if (!row) throw conflict('That note belongs to someone else or to another step: write your own.');
      return presentNote({ note: row, authorName: actor.name }, actor.userId);
    },

    // ── decisions and action items ──
    async addDecision(actor: Actor, id: string, body: z.infer<typeof DecisionBody>) {
      const { meeting } = await memberOf(actor, id);
      if (body.stepIndex >= meeting.steps.length)
        throw unprocessable('There is no such step in this protocol.', [
          { path: 'stepIndex', message: 'No such step.' },
        ]);
      return db.transaction(async (tx) => {
        found(await repo.lock(tx, actor.organizationId, id));
        if ((await repo.count(tx, meetingDecisions, actor.organizationId, id)) >= MEETING_LIMITS.items)
          throw unprocessable('A meeting holds at most 200 decisions.');
        const row = await repo.addDecision(tx, {
          organizationId: actor.organizationId,
          meetingId: id,
          stepIndex: body.stepIndex,
          text: body.text,
          createdBy: actor.userId,
        });
        return presentDecision(row);
      });
    },

    async addActionItem(actor: Actor, id: string, body: z.infer<typeof ActionItemBody>) {
      const { meeting, team } = await memberOf(actor, id);
      const errors: FieldError[] = [];
      if (!memberIds(team).has(body.ownerId))
        errors.push({ path: 'ownerId', message: 'The owner must be a member of the team.' });
      if (body.link?.kind === 'plan' && !(await artefactReader(db, actor, 'plan', body.link.planId)))
        errors.push({ path: 'link.planId', message: 'Not a lesson plan you can share with this team.' });
      if (errors.length > 0) throw unprocessable('Some details of this action item need attention.', errors);
      const itemId = await db.transaction(async (tx) => {
        found(await repo.lock(tx, actor.organizationId, id));
        if ((await repo.count(tx, meetingActionItems, actor.organizationId, id)) >= MEETING_LIMITS.items)
          throw unprocessable('A meeting holds at most 200 action items.');
        const itemId = await repo.addActionItem(tx, {
          organizationId: actor.organizationId,
          meetingId: id,
          text: body.text,
          ownerId: body.ownerId,
          dueDate: body.dueDate,
          planId: body.link?.kind === 'plan' ? body.link.planId : null,
          growthFocus: body.link?.kind === 'growth-focus',
          createdBy: actor.userId,
        });
        if (body.ownerId !== actor.userId)
          await notify(tx, {
            organizationId: actor.organizationId,
            userId: body.ownerId,
            kind: 'meeting.action-item-assigned',
            params: { assignerName: actor.name, meetingTitle: meeting.title, text: body.text, dueDate: body.dueDate },
            link: `/meetings/${id}`,
            dedupeKey: `meeting.action-item-assigned:${itemId}`,
          });
        return itemId;
      });
      return presentActionItem(found(await repo.actionItem(db, actor.organizationId, itemId)));
    },

    /** The caller's own action items (open by default), soonest due first: the Home card. */
    async myActionItems(actor: Actor, query: z.infer<typeof ActionItemListQuery>) {
      const rows = await repo.actionItemsOfOwner(db, actor.organizationId, actor.userId, query.status);
      return { items: rows.map(presentActionItem) };
    },

    async updateActionItem(actor: Actor, itemId: string, status: 'open' | 'done') {
      const item = found(await repo.actionItem(db, actor.organizationId, itemId));
      const team = await repo.team(db, actor.organizationId, item.teamId);
      // Someone who cannot see the team's work does not learn the item exists.
      authorize(team !== null && (policy.canSeeWork(actor, team) || item.item.ownerId === actor.userId), 'hide');
      authorize(policy.canUpdateActionItem(actor, item.item));
      await repo.setActionItemStatus(db, actor.organizationId, itemId, status);
      return presentActionItem(found(await repo.actionItem(db, actor.organizationId, itemId)));
    },
  };
}

export type MeetingsService = ReturnType<typeof createMeetingsService>;
