import { z } from 'zod';
import { COI_PHASES, CoiCode } from './coi';
import { Id, ListQuery, Timestamp } from './common';

/*
 * Communities of inquiry (issue 5; PEDAGOGY.md §3). A community belongs to a host district; a
 * cross-district one has a join code its facilitators give to other districts, whose admins opt
 * in. Anyone in an opted-in district may join. Across districts, people see each other's display
 * name, school and country only (never an email, never an id of another tenant's person).
 *
 * Threads may carry a snapshot of an artefact (a plan, a reflection, an inquiry summary) the author
 * chose to share; replies go one level deep; reactions, follows and reports are per person.
 * Facilitators (community members with that role) hide posts, lock threads and read the draft
 * Community-of-Inquiry coding of each post (core/coi), which they can confirm or correct.
 */

export const COMMUNITY_MEMBER_ROLES = ['member', 'facilitator'] as const;
export type CommunityMemberRole = (typeof COMMUNITY_MEMBER_ROLES)[number];
export const ARTEFACT_TYPES = ['plan', 'reflection', 'inquiry'] as const;
export type ArtefactType = (typeof ARTEFACT_TYPES)[number];
export const REACTION_KINDS = ['helpful', 'tried-it', 'thanks'] as const;
export type ReactionKind = (typeof REACTION_KINDS)[number];
export const CODE_STATUSES = ['draft', 'confirmed'] as const;

export const COMMUNITY_LIMITS = { name: 120, description: 2_000, title: 200, body: 10_000, reason: 1_000 } as const;

/** PostgreSQL text cannot hold NUL characters: refuse them as bad input rather than fail on them. */
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((value) => !value.includes('\u0000'), { message: 'Remove the NUL characters from the text.' });
/** ISO 3166-1 alpha-2, e.g. "CL". */
export const CountryCode = z.string().regex(/^[A-Z]{2}$/, 'Use a two-letter country code, such as CL or US.');

/** A person as any member may see them, in their own district or another: name, school, country. */
export const CommunityPerson = z.object({
  name: z.string(),
  schoolName: z.string().nullable(),
  country: z.string().nullable(),
  /** Whether this is the caller. */
  you: z.boolean(),
});

export const CommunitySummary = z.object({
  id: Id,
  name: z.string(),
  description: z.string(),
  crossDistrict: z.boolean(),
  isMember: z.boolean(),
  myRole: z.enum(COMMUNITY_MEMBER_ROLES).nullable(),
  hostName: z.string(),
  hostCountry: z.string().nullable(),
  memberCount: z.number().int(),
  threadCount: z.number().int(),
  /** For the community's facilitators: threads flagged by the CoI profile (null for everyone else). */
  flaggedThreads: z.number().int().nullable(),
  createdAt: Timestamp,
});
export type CommunitySummary = z.infer<typeof CommunitySummary>;

export const Community = CommunitySummary.extend({
  /** The districts that opted in (the host first): name and country. */
  districts: z.array(z.object({ name: z.string(), country: z.string().nullable(), host: z.boolean() })),
  /** Only for the community's facilitators in the host district, and only for a cross-district community. */
  joinCode: z.string().nullable(),
  /** The caller is a district admin of a district that opted in (not the host): they may take it out again. */
  mayOptOut: z.boolean(),
});
export type Community = z.infer<typeof Community>;

export const CreateCommunityBody = z.object({
  name: text(COMMUNITY_LIMITS.name),
  description: z
    .string()
    .trim()
    .max(COMMUNITY_LIMITS.description)
    .refine((value) => !value.includes('\u0000'), { message: 'Remove the NUL characters from the text.' })
    .default(''),
  crossDistrict: z.boolean().default(false),
});
export const OptInBody = z.object({ joinCode: z.string().trim().min(6).max(40) });

export const CommunityMember = CommunityPerson.extend({ role: z.enum(COMMUNITY_MEMBER_ROLES) });

export const Artefact = z.object({ type: z.enum(ARTEFACT_TYPES), id: Id });
export const ArtefactSnapshot = z.object({ type: z.enum(ARTEFACT_TYPES), title: z.string(), summary: z.string() });

export const ThreadFlags = z.object({ stuckInExploration: z.boolean(), facilitatorDominance: z.boolean() });

export const ThreadSummary = z.object({
  id: Id,
  communityId: Id,
  title: z.string(),
  author: CommunityPerson,
  artefact: ArtefactSnapshot.nullable(),
  postCount: z.number().int(),
  locked: z.boolean(),
  following: z.boolean(),
  lastPostAt: Timestamp,
  createdAt: Timestamp,
  /** For the community's facilitators only (null for everyone else). */
  flags: ThreadFlags.nullable(),
});
export type ThreadSummary = z.infer<typeof ThreadSummary>;

export const Thread = ThreadSummary.extend({
  communityName: z.string(),
  /** Whether the caller may hide posts, lock the thread and read its CoI profile. */
  canModerate: z.boolean(),
  isMember: z.boolean(),
});
export type Thread = z.infer<typeof Thread>;

export const CreateThreadBody = z.object({
  title: text(COMMUNITY_LIMITS.title),
  body: text(COMMUNITY_LIMITS.body),
  artefact: Artefact.optional(),
});

export const Post = z.object({
  id: Id,
  threadId: Id,
  parentId: Id.nullable(),
  /** The thread's opening post (its body). */
  opening: z.boolean(),
  author: CommunityPerson,
  /** Null when hidden, except for facilitators. */
  body: z.string().nullable(),
  hidden: z.boolean(),
  mine: z.boolean(),
  reactions: z.record(z.enum(REACTION_KINDS), z.number().int()),
  myReactions: z.array(z.enum(REACTION_KINDS)),
  /** For facilitators: how many people reported it (null for everyone else). */
  reportCount: z.number().int().nullable(),
  editedAt: Timestamp.nullable(),
  createdAt: Timestamp,
});
export type Post = z.infer<typeof Post>;

export const CreatePostBody = z.object({ body: text(COMMUNITY_LIMITS.body), parentId: Id.optional() });
export const EditPostBody = z.object({ body: text(COMMUNITY_LIMITS.body) });
export const ReportBody = z.object({ reason: text(COMMUNITY_LIMITS.reason) });
export const Report = z.object({ id: Id, postId: Id, createdAt: Timestamp });
export const ReactionParams = z.object({ id: Id, kind: z.enum(REACTION_KINDS) });
export const Reactions = z.object({
  reactions: z.record(z.enum(REACTION_KINDS), z.number().int()),
  myReactions: z.array(z.enum(REACTION_KINDS)),
});

export const CommunityListQuery = ListQuery;
export const ThreadListQuery = ListQuery;
export const PostListQuery = ListQuery.extend({ limit: z.coerce.number().int().min(1).max(200).default(100) });

export const PostCodes = z.object({
  postId: Id,
  phase: z.enum(COI_PHASES).nullable(),
  codes: z.array(CoiCode),
  /** `auto:<version>` for the draft coder, `person` once a facilitator confirmed or corrected it. */
  coder: z.string(),
  status: z.enum(CODE_STATUSES),
});
export const SaveCodesBody = z.object({
  phase: z.enum(COI_PHASES).nullable(),
  codes: z.array(CoiCode).max(50),
});

export const ThreadCoi = z.object({
  threadId: Id,
  posts: z.number().int(),
  phaseShares: z.record(z.enum(COI_PHASES), z.number()),
  facilitatorShare: z.number(),
  flags: ThreadFlags,
  items: z.array(
    PostCodes.extend({
      author: CommunityPerson,
      body: z.string(),
      hidden: z.boolean(),
      authorIsFacilitator: z.boolean(),
      createdAt: Timestamp,
    }),
  ),
});
export type ThreadCoi = z.infer<typeof ThreadCoi>;

export const PostParams = z.object({ id: Id });
