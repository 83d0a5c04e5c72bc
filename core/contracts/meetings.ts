import { z } from 'zod';
import { LocalizedText, ProtocolDefinition, ProtocolStep } from '../protocols/schema';
import { Id, Timestamp } from './common';

/*
 * Team meetings run with a protocol (issue 5, PEDAGOGY.md §5): a facilitator moves through timed
 * steps; everyone writes their own notes per step (one row per person, so nobody overwrites
 * anybody); decisions and action items come out of it; attendance is recorded.
 */
export const MEETING_STATES = ['scheduled', 'running', 'ended'] as const;
export const ATTENDANCE = ['expected', 'present', 'absent'] as const;
export const ARTEFACT_TYPES = ['unit', 'plan', 'student-work'] as const;
export type ArtefactType = (typeof ARTEFACT_TYPES)[number];
export const ACTION_ITEM_STATUSES = ['open', 'done'] as const;

export const MEETING_LIMITS = { text: 5000, shortText: 500, attendees: 100, artefacts: 20, items: 200 } as const;

const withoutNul = (schema: z.ZodString) =>
  schema.refine((value) => !value.includes('\u0000'), { message: 'Remove the NUL characters from the text.' });
const text = (max: number) => withoutNul(z.string().trim().min(1).max(max));
const StepIndex = z.number().int().min(0).max(29);

// ── protocols ──
export const Protocol = z.object({
  /** A built-in template's slug, or a district protocol's id. */
  id: z.string(),
  builtIn: z.boolean(),
  name: LocalizedText,
  purpose: LocalizedText,
  steps: z.array(ProtocolStep),
  minutes: z.number().int(),
});
export type Protocol = z.infer<typeof Protocol>;
export const CreateProtocolBody = ProtocolDefinition;
export const ProtocolParams = z.object({ id: z.string().min(1).max(64) });

// ── meetings ──
export const ArtefactRef = z.object({ type: z.enum(ARTEFACT_TYPES), id: Id });
export const ScheduleMeetingBody = z.object({
  protocolId: z.string().min(1).max(64),
  title: text(MEETING_LIMITS.shortText).optional(),
  scheduledAt: z.iso.datetime({ offset: true }),
  /** Defaults to the protocol's length. */
  durationMinutes: z.number().int().min(5).max(480).optional(),
  /** Defaults to the person scheduling it; a member of the team. */
  facilitatorId: Id.optional(),
  /** Defaults to every member of the team. */
  attendeeIds: z.array(Id).max(MEETING_LIMITS.attendees).optional(),
  artefacts: z.array(ArtefactRef).max(MEETING_LIMITS.artefacts).default([]),
});

export const MeetingAttendee = z.object({ userId: Id, name: z.string(), attendance: z.enum(ATTENDANCE) });
export const MeetingArtefact = z.object({ type: z.enum(ARTEFACT_TYPES), id: Id, title: z.string() });
export const Decision = z.object({
  id: Id,
  stepIndex: z.number().int(),
  text: z.string(),
  createdBy: Id,
  createdAt: Timestamp,
});
export type Decision = z.infer<typeof Decision>;
export const ActionItemLink = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('plan'), planId: Id }),
  z.object({ kind: z.literal('growth-focus') }),
]);
export const ActionItem = z.object({
  id: Id,
  meetingId: Id,
  meetingTitle: z.string(),
  teamId: Id,
  teamName: z.string(),
  text: z.string(),
  ownerId: Id,
  ownerName: z.string(),
  dueDate: z.string(),
  link: ActionItemLink.nullable(),
  status: z.enum(ACTION_ITEM_STATUSES),
  createdAt: Timestamp,
  completedAt: Timestamp.nullable(),
});
export type ActionItem = z.infer<typeof ActionItem>;

export const MeetingSummary = z.object({
  id: Id,
  teamId: Id,
  title: z.string(),
  protocolName: LocalizedText,
  scheduledAt: Timestamp,
  durationMinutes: z.number().int(),
  state: z.enum(MEETING_STATES),
  facilitatorId: Id,
  startedAt: Timestamp.nullable(),
  endedAt: Timestamp.nullable(),
});
export type MeetingSummary = z.infer<typeof MeetingSummary>;

export const Meeting = MeetingSummary.extend({
  teamName: z.string(),
  facilitatorName: z.string(),
  /** The protocol as it was when the meeting was scheduled: later edits to a template never change it. */
  protocol: z.object({ id: z.string(), name: LocalizedText, steps: z.array(ProtocolStep) }),
  currentStepIndex: z.number().int(),
  stepStartedAt: Timestamp.nullable(),
  attendees: z.array(MeetingAttendee),
  /**
   * `member`: the team's own view, with its work. `overview`: a school leader or district admin who
   * is not in the team sees when and how it met, never what it said (artefacts, decisions and action items are null).
   */
  access: z.enum(['member', 'overview']),
  artefacts: z.array(MeetingArtefact).nullable(),
  decisions: z.array(Decision).nullable(),
  actionItems: z.array(ActionItem).nullable(),
  /** Whether the caller may move through the steps, take attendance and end it (facilitator or team lead). */
  canRun: z.boolean(),
});
export type Meeting = z.infer<typeof Meeting>;

export const MeetingListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

export const RunMeetingBody = z
  .object({ action: z.enum(['start', 'next', 'previous', 'goto', 'end']), stepIndex: StepIndex.optional() })
  .refine((body) => body.action !== 'goto' || body.stepIndex !== undefined, {
    message: 'Say which step to go to.',
    path: ['stepIndex'],
  });

export const AttendanceBody = z.object({
  attendance: z
    .array(z.object({ userId: Id, present: z.boolean() }))
    .min(1)
    .max(MEETING_LIMITS.attendees),
});

// ── notes: one row per person and device-made client id; a person writes only their own ──
export const SaveNoteBody = z.object({
  clientId: z.uuid(),
  stepIndex: StepIndex,
  text: withoutNul(z.string().max(MEETING_LIMITS.text)),
});
export const MeetingNote = z.object({
  clientId: z.string(),
  stepIndex: z.number().int(),
  authorId: Id,
  authorName: z.string(),
  text: z.string(),
  updatedAt: Timestamp,
  mine: z.boolean(),
});
export type MeetingNote = z.infer<typeof MeetingNote>;
export const NotesQuery = z.object({ step: z.coerce.number().int().min(0).max(29).optional() });

export const DecisionBody = z.object({ stepIndex: StepIndex, text: text(MEETING_LIMITS.text) });
export const ActionItemBody = z.object({
  text: text(MEETING_LIMITS.shortText),
  ownerId: Id,
  dueDate: z.iso.date(),
  link: ActionItemLink.nullable().default(null),
});
export const UpdateActionItemBody = z.object({ status: z.enum(ACTION_ITEM_STATUSES) });
export const ActionItemListQuery = z.object({
  /** Only the caller's own items (the Home card); the only listing today. */
  mine: z.stringbool().default(true),
  status: z.enum(ACTION_ITEM_STATUSES).default('open'),
});

// ── collaboration minutes ──
export const CollaborationMinutesQuery = z.object({ from: z.iso.date().optional(), to: z.iso.date().optional() });
export const CollaborationMinutes = z.object({
  teamId: Id,
  benchmarkMinutes: z.number().int(),
  from: z.string(),
  to: z.string(),
  weeks: z.array(
    z.object({
      weekStart: z.string(),
      week: z.string(),
      minutes: z.number().int(),
      longestBlock: z.number().int(),
      meetsBenchmark: z.boolean(),
    }),
  ),
});

// ── calendar feeds ──
export const CalendarFeedBody = z.object({ teamId: Id.optional() });
export const CalendarFeed = z.object({
  scope: z.enum(['user', 'team']),
  teamId: Id.nullable(),
  /** The subscribe URL; shown once (only a hash of its token is kept). Asking again rotates it. */
  url: z.string(),
  createdAt: Timestamp,
});
export const CalendarTokenParams = z.object({ token: z.string().min(1).max(200) });
