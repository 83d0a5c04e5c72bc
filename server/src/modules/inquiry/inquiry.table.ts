import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { type EvidenceSource, INQUIRY_LINK_KINDS, INQUIRY_STAGES } from '#core/contracts/inquiry';
import { users } from '../identity/identity.table';
import { teams, tenantId } from '../organizations/organizations.table';

const at = () => timestamp({ withTimezone: true, precision: 3 });

/**
 * A teacher's (or a team's) inquiry cycle (research/pedagogy.md §8.1). `teamId` set: every member
 * of the team co-owns it; otherwise only `ownerId` (who opened it). The focus practice is a uuid
 * without a foreign key, like observations' tags: a framework edit is never blocked by an inquiry.
 */
export const inquiries = pgTable(
  'inquiries',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    ownerId: uuid()
      .notNull()
      .references(() => users.id),
    teamId: uuid().references(() => teams.id),
    question: text().notNull(),
    focusPracticeId: uuid(),
    prediction: text(),
    evidence: jsonb().$type<EvidenceSource[]>().notNull().default([]),
    stage: text({ enum: INQUIRY_STAGES }).notNull().default('learn'),
    result: text(),
    reflection: text(),
    summary: text(),
    /** When the owner was nudged that it stayed open more than three weeks (once per inquiry). */
    staleNotifiedAt: at(),
    closedAt: at(),
    createdAt: at().notNull().defaultNow(),
    updatedAt: at().notNull().defaultNow(),
  },
  (t) => [
    index('inquiries_org_owner_idx').on(t.organizationId, t.ownerId, t.createdAt, t.id),
    index('inquiries_org_team_idx').on(t.organizationId, t.teamId, t.createdAt, t.id),
    // The daily nudge reads open inquiries not yet nudged, oldest first, across tenants.
    index('inquiries_stale_sweep_idx')
      .on(t.createdAt)
      .where(sql`${t.closedAt} is null and ${t.staleNotifiedAt} is null`),
  ],
);

/**
 * A strategy card, plan, reflection, observation or student work on the inquiry's timeline. The
 * target is text (a card's slug or a record's id) without a foreign key: what is shown is decided
 * when read, by what the reader may see.
 */
export const inquiryLinks = pgTable(
  'inquiry_links',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    inquiryId: uuid()
      .notNull()
      .references(() => inquiries.id),
    kind: text({ enum: INQUIRY_LINK_KINDS }).notNull(),
    targetId: text().notNull(),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: at().notNull().defaultNow(),
  },
  (t) => [
    unique('inquiry_links_target').on(t.organizationId, t.inquiryId, t.kind, t.targetId),
    index('inquiry_links_org_inquiry_idx').on(t.organizationId, t.inquiryId, t.createdAt),
  ],
);
