import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { ACTION_ITEM_STATUSES, ARTEFACT_TYPES, ATTENDANCE, MEETING_STATES } from '#core/contracts/meetings';
import type { LocalizedText, ProtocolDefinition, ProtocolStep } from '#core/protocols/schema';
import { users } from '../identity/identity.table';
import { teams, tenantId } from '../organizations/organizations.table';
import { lessonPlans } from '../planning/planning.table';

const at = () => timestamp({ withTimezone: true, precision: 3 });

/** A district's own protocol; the built-in templates live in core/protocols and are never stored. */
export const meetingProtocols = pgTable(
  'meeting_protocols',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    definition: jsonb().$type<ProtocolDefinition>().notNull(),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: at().notNull().defaultNow(),
  },
  (t) => [index('meeting_protocols_org_idx').on(t.organizationId, t.createdAt)],
);

/**
 * A team's meeting. The protocol is copied in when it is scheduled (`protocol_name`, `steps`), so
 * a later edit of a template never changes a meeting already held.
 */
export const meetings = pgTable(
  'meetings',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    teamId: uuid()
      .notNull()
      .references(() => teams.id),
    /** The template's slug or the district protocol's id it was copied from (not a key: provenance only). */
    protocolId: text().notNull(),
    protocolName: jsonb().$type<LocalizedText>().notNull(),
    steps: jsonb().$type<ProtocolStep[]>().notNull(),
    title: text().notNull(),
    scheduledAt: at().notNull(),
    durationMinutes: integer().notNull(),
    facilitatorId: uuid()
      .notNull()
      .references(() => users.id),
    state: text({ enum: MEETING_STATES }).notNull().default('scheduled'),
    currentStepIndex: integer().notNull().default(0),
    stepStartedAt: at(),
    /** Actual start and end: what collaboration minutes count. */
    startedAt: at(),
    endedAt: at(),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: at().notNull().defaultNow(),
    updatedAt: at().notNull().defaultNow(),
  },
  (t) => [
    index('meetings_org_team_idx').on(t.organizationId, t.teamId, t.scheduledAt, t.id),
    check('meetings_ended_after_start', sql`${t.endedAt} is null or ${t.endedAt} >= ${t.startedAt}`),
  ],
);

export const meetingAttendees = pgTable(
  'meeting_attendees',
  {
    organizationId: tenantId(),
    meetingId: uuid()
      .notNull()
      .references(() => meetings.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    attendance: text({ enum: ATTENDANCE }).notNull().default('expected'),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.meetingId, t.userId] }),
    index('meeting_attendees_org_user_idx').on(t.organizationId, t.userId),
  ],
);

/** A unit, plan or student-work sample the meeting looks at; its title as it was when linked. */
export const meetingArtefacts = pgTable(
  'meeting_artefacts',
  {
    organizationId: tenantId(),
    meetingId: uuid()
      .notNull()
      .references(() => meetings.id),
    type: text({ enum: ARTEFACT_TYPES }).notNull(),
    targetId: uuid().notNull(),
    title: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.meetingId, t.type, t.targetId] })],
);

/**
 * One person's note on one step: its own row, written only by its author and keyed by the
 * device's client id, so people typing at once never overwrite each other and a resend is a no-op.
 */
export const meetingNotes = pgTable(
  'meeting_notes',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    meetingId: uuid()
      .notNull()
      .references(() => meetings.id),
    stepIndex: integer().notNull(),
    authorId: uuid()
      .notNull()
      .references(() => users.id),
    clientId: uuid().notNull(),
    text: text().notNull(),
    createdAt: at().notNull().defaultNow(),
    updatedAt: at().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('meeting_notes_client').on(t.organizationId, t.meetingId, t.clientId),
    index('meeting_notes_org_meeting_step_idx').on(t.organizationId, t.meetingId, t.stepIndex, t.createdAt),
  ],
);

export const meetingDecisions = pgTable(
  'meeting_decisions',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    meetingId: uuid()
      .notNull()
      .references(() => meetings.id),
    stepIndex: integer().notNull(),
    text: text().notNull(),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: at().notNull().defaultNow(),
  },
  (t) => [index('meeting_decisions_org_meeting_idx').on(t.organizationId, t.meetingId, t.createdAt)],
);

/** A commitment with an owner (a member of the team) and a due date; shown on the owner's Home. */
export const meetingActionItems = pgTable(
  'meeting_action_items',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    meetingId: uuid()
      .notNull()
      .references(() => meetings.id),
    text: text().notNull(),
    ownerId: uuid()
      .notNull()
      .references(() => users.id),
    dueDate: date({ mode: 'string' }).notNull(),
    /** Optional link: one of the owner's plans, or (`growth_focus`) their growth focus. */
    planId: uuid().references(() => lessonPlans.id),
    growthFocus: boolean().notNull().default(false),
    status: text({ enum: ACTION_ITEM_STATUSES }).notNull().default('open'),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: at().notNull().defaultNow(),
    completedAt: at(),
  },
  (t) => [
    index('meeting_action_items_org_owner_idx').on(t.organizationId, t.ownerId, t.status, t.dueDate),
    index('meeting_action_items_org_meeting_idx').on(t.organizationId, t.meetingId, t.createdAt),
  ],
);

/**
 * A calendar subscription: its secret token is the only authentication of the feed, so only its
 * hash is kept. One per person (`team_id` null: the meetings I attend) and per person and team;
 * asking again replaces the hash, which stops the old URL.
 */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    teamId: uuid().references(() => teams.id),
    tokenHash: text().notNull(),
    createdAt: at().notNull().defaultNow(),
  },
  (t) => [
    unique('calendar_feeds_token').on(t.tokenHash),
    unique('calendar_feeds_owner').on(t.organizationId, t.userId, t.teamId).nullsNotDistinct(),
  ],
);
