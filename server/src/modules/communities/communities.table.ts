import {
  boolean,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { COI_PHASES, type CoiCode } from '#core/contracts/coi';
import { ARTEFACT_TYPES, CODE_STATUSES, COMMUNITY_MEMBER_ROLES, REACTION_KINDS } from '#core/contracts/communities';
import { users } from '../identity/identity.table';
import { organizations, tenantId } from '../organizations/organizations.table';

const at = () => timestamp({ withTimezone: true, precision: 3 });

/**
 * A community of inquiry, hosted by one district (`organization_id`). A cross-district one has a
 * join code; other districts opt in through community_organizations.
 */
export const communities = pgTable(
  'communities',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    name: text().notNull(),
    description: text().notNull().default(''),
    crossDistrict: boolean().notNull().default(false),
    joinCode: text().unique(),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: at().notNull().defaultNow(),
  },
  (t) => [index('communities_org_idx').on(t.organizationId, t.createdAt)],
);

/** The districts whose people may see and join a community: the host (at creation) and those that opted in. */
export const communityOrganizations = pgTable(
  'community_organizations',
  {
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id),
    communityId: uuid()
      .notNull()
      .references(() => communities.id),
    /** The admin who opted in (or the creator, for the host). */
    addedBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: at().notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.communityId] })],
);

/** A person in a community; `organization_id` is the person's own district. */
export const communityMembers = pgTable(
  'community_members',
  {
    organizationId: tenantId(),
    communityId: uuid()
      .notNull()
      .references(() => communities.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    role: text({ enum: COMMUNITY_MEMBER_ROLES }).notNull().default('member'),
    createdAt: at().notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.userId] }),
    index('community_members_org_user_idx').on(t.organizationId, t.userId),
  ],
);

/**
 * A thread; `organization_id` is its author's district. The shared artefact is a snapshot taken
 * when it was shared: later edits (or a change of visibility) never leak through the community.
 */
export const communityThreads = pgTable(
  'community_threads',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    communityId: uuid()
      .notNull()
      .references(() => communities.id),
    authorId: uuid()
      .notNull()
      .references(() => users.id),
    title: text().notNull(),
    artefactType: text({ enum: ARTEFACT_TYPES }),
    artefactId: uuid(),
    artefactTitle: text(),
    artefactSummary: text(),
    lockedAt: at(),
    lastPostAt: at().notNull().defaultNow(),
    createdAt: at().notNull().defaultNow(),
  },
  (t) => [index('community_threads_community_idx').on(t.communityId, t.lastPostAt, t.id)],
);

/**
 * A post: the thread's opening post (`opening`) or a reply (to the thread, or to a top-level post
 * through `parent_id`, one level deep). Its draft CoI coding lives beside it: `coder` is
 * `auto:<version>` until a facilitator confirms or corrects it.
 */
export const communityPosts = pgTable(
  'community_posts',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    threadId: uuid()
      .notNull()
      .references(() => communityThreads.id),
    parentId: uuid(),
    opening: boolean().notNull().default(false),
    authorId: uuid()
      .notNull()
      .references(() => users.id),
    /** Whether the author was a facilitator of the community when writing (the dominance flag counts these). */
    authorIsFacilitator: boolean().notNull().default(false),
    body: text().notNull(),
    hiddenAt: at(),
    hiddenBy: uuid().references(() => users.id),
    editedAt: at(),
    codePhase: text({ enum: COI_PHASES }),
    codes: jsonb().$type<CoiCode[]>().notNull().default([]),
    coder: text().notNull().default('none'),
    codeStatus: text({ enum: CODE_STATUSES }).notNull().default('draft'),
    createdAt: at().notNull().defaultNow(),
  },
  (t) => [
    index('community_posts_thread_idx').on(t.threadId, t.createdAt, t.id),
    index('community_posts_org_author_idx').on(t.organizationId, t.authorId),
  ],
);

/** One reaction per person, post and kind; `organization_id` is the reacting person's district. */
export const communityReactions = pgTable(
  'community_reactions',
  {
    organizationId: tenantId(),
    postId: uuid()
      .notNull()
      .references(() => communityPosts.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    kind: text({ enum: REACTION_KINDS }).notNull(),
    createdAt: at().notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.userId, t.kind] })],
);

export const communityFollows = pgTable(
  'community_follows',
  {
    organizationId: tenantId(),
    threadId: uuid()
      .notNull()
      .references(() => communityThreads.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: at().notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.threadId, t.userId] }),
    index('community_follows_org_user_idx').on(t.organizationId, t.userId),
  ],
);

/** A report of a post to the facilitators; one per person and post. */
export const communityReports = pgTable(
  'community_reports',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    postId: uuid()
      .notNull()
      .references(() => communityPosts.id),
    reporterId: uuid()
      .notNull()
      .references(() => users.id),
    reason: text().notNull(),
    createdAt: at().notNull().defaultNow(),
  },
  (t) => [unique('community_reports_once').on(t.postId, t.reporterId)],
);

/** One weekly digest per person and ISO week (e.g. 2026-W47), claimed before its mail is queued. */
export const communityDigests = pgTable(
  'community_digests',
  {
    organizationId: tenantId(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    week: text().notNull(),
    mailId: uuid(),
    createdAt: at().notNull().defaultNow(),
  },
  (t) => [uniqueIndex('community_digests_once').on(t.organizationId, t.userId, t.week)],
);
