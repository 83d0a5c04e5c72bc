import type { CoiThreadProfile } from '#core/contracts/coi';
import {
  type Community,
  type CommunitySummary,
  type Post,
  REACTION_KINDS,
  type ReactionKind,
  type Thread,
  type ThreadSummary,
} from '#core/contracts/communities';
import type { CommunityListRow, PersonRow, PostRow, ThreadRow } from './communities.repo';

/**
 * What leaves the server about a person in a community: display name, school name, country and
 * whether it is the caller. Never an email, never an id (another district's people stay opaque).
 */
export const presentPerson = (row: PersonRow, viewerId: string) => ({
  name: row.name,
  schoolName: row.schoolName,
  country: row.country,
  you: row.userId === viewerId,
});

const flagsOf = (profile: CoiThreadProfile | undefined) => ({
  stuckInExploration: profile?.stuckInExploration ?? false,
  facilitatorDominance: profile?.facilitatorDominance ?? false,
});

export function presentCommunitySummary(row: CommunityListRow, flaggedThreads: number | null): CommunitySummary {
  return {
    id: row.community.id,
    name: row.community.name,
    description: row.community.description,
    crossDistrict: row.community.crossDistrict,
    isMember: row.myRole !== null,
    myRole: row.myRole,
    hostName: row.hostName,
    hostCountry: row.hostCountry,
    memberCount: row.memberCount,
    threadCount: row.threadCount,
    flaggedThreads,
    createdAt: row.community.createdAt.toISOString(),
  };
}

export function presentCommunity(
  row: CommunityListRow,
  extra: {
    flaggedThreads: number | null;
    districts: { id: string; name: string; country: string | null }[];
    joinCode: string | null;
    mayOptOut: boolean;
  },
): Community {
  return {
    ...presentCommunitySummary(row, extra.flaggedThreads),
    districts: extra.districts.map((d) => ({
      name: d.name,
      country: d.country,
      host: d.id === row.community.organizationId,
    })),
    joinCode: extra.joinCode,
    mayOptOut: extra.mayOptOut,
  };
}

export function presentThreadSummary(
  row: { thread: ThreadRow; author: PersonRow; postCount: number; following: boolean },
  viewerId: string,
  profile: CoiThreadProfile | undefined | null,
): ThreadSummary {
  const t = row.thread;
  return {
    id: t.id,
    communityId: t.communityId,
    title: t.title,
    author: presentPerson(row.author, viewerId),
    artefact:
      t.artefactType && t.artefactTitle !== null
        ? { type: t.artefactType, title: t.artefactTitle, summary: t.artefactSummary ?? '' }
        : null,
    postCount: row.postCount,
    locked: t.lockedAt !== null,
    following: row.following,
    lastPostAt: t.lastPostAt.toISOString(),
    createdAt: t.createdAt.toISOString(),
    flags: profile === null ? null : flagsOf(profile),
  };
}

export function presentThread(
  row: { thread: ThreadRow; author: PersonRow; postCount: number; following: boolean },
  viewerId: string,
  extra: { communityName: string; canModerate: boolean; isMember: boolean; profile: CoiThreadProfile | null },
): Thread {
  return {
    ...presentThreadSummary(row, viewerId, extra.canModerate ? extra.profile : null),
    communityName: extra.communityName,
    canModerate: extra.canModerate,
    isMember: extra.isMember,
  };
}

export type ReactionRow = { postId: string; kind: ReactionKind; n: number; mine: boolean };

export function reactionsOf(rows: ReactionRow[], postId: string) {
  const reactions = Object.fromEntries(REACTION_KINDS.map((k) => [k, 0])) as Record<ReactionKind, number>;
  const myReactions: ReactionKind[] = [];
  for (const row of rows)
    if (row.postId === postId) {
      reactions[row.kind] = row.n;
      if (row.mine) myReactions.push(row.kind);
    }
  return { reactions, myReactions };
}

/** A hidden post's words reach only the facilitators (who may unhide it); everyone else sees that it was hidden. */
export function presentPost(
  row: { post: PostRow; author: PersonRow },
  viewerId: string,
  extra: { moderator: boolean; reactions: ReactionRow[]; reports: Map<string, number> },
): Post {
  const p = row.post;
  const hidden = p.hiddenAt !== null;
  return {
    id: p.id,
    threadId: p.threadId,
    parentId: p.parentId,
    opening: p.opening,
    author: presentPerson(row.author, viewerId),
    body: hidden && !extra.moderator ? null : p.body,
    hidden,
    mine: p.authorId === viewerId,
    ...reactionsOf(extra.reactions, p.id),
    reportCount: extra.moderator ? (extra.reports.get(p.id) ?? 0) : null,
    editedAt: p.editedAt?.toISOString() ?? null,
    createdAt: p.createdAt.toISOString(),
  };
}

export const presentCodes = (p: PostRow) => ({
  postId: p.id,
  phase: p.codePhase,
  codes: p.codes,
  coder: p.coder,
  status: p.codeStatus,
});

export { flagsOf };
