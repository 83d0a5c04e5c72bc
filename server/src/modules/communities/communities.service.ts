import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { CommunityListQuery, CreateCommunityBody, OptInBody } from '#core/contracts/communities';
import type { Db } from '../../db/client';
import type { Actor } from '../../platform/actor';
import { authorize, found } from '../../platform/authz';
import { conflict, unprocessable } from '../../platform/http/problem';
import { decodeCursor, toPage } from '../../platform/pagination';
import { auditRepo } from '../audit';
import type { Notify } from '../notifications';
import type { ArtefactSnapshot } from './artefacts';
import { profilesByThread } from './coding';
import { communitiesPolicy as policy } from './communities.policy';
import { presentCommunity, presentCommunitySummary, presentPerson } from './communities.presenter';
import { type CommunityListRow, communitiesRepo as repo } from './communities.repo';
import { createThreadsService } from './threads.service';

export type CommunitiesDeps = { db: Db; notify: Notify; artefactSnapshot: ArtefactSnapshot };

/** Ten characters from an alphabet without look-alikes (no 0/O, 1/I/L): read aloud or typed from a message. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const newJoinCode = () => Array.from(randomBytes(10), (b) => ALPHABET[b % ALPHABET.length]).join('');

export function createCommunitiesService(deps: CommunitiesDeps) {
  const { db } = deps;

  /** The community if the actor's district is in it; otherwise 404, like a community that does not exist. */
  async function visible(actor: Actor, id: string) {
    return found(await repo.visible(db, actor.organizationId, actor.userId, id));
  }

  /** Flagged threads per community the actor facilitates (one query for all); others are absent. */
  async function flaggedThreads(rows: CommunityListRow[]) {
    const facilitated = rows.filter((row) => policy.isFacilitator(row.myRole)).map((row) => row.community.id);
    const phases = await repo.phases(db, { communityIds: facilitated });
    const flags = new Map<string, number>(facilitated.map((id) => [id, 0]));
    const communityOf = new Map(phases.map((p) => [p.threadId, p.communityId]));
    for (const [threadId, profile] of profilesByThread(phases))
      if (profile.stuckInExploration || profile.facilitatorDominance) {
        const communityId = communityOf.get(threadId)!;
        flags.set(communityId, (flags.get(communityId) ?? 0) + 1);
      }
    return flags;
  }

  async function present(actor: Actor, row: CommunityListRow) {
    return presentCommunity(row, {
      flaggedThreads: (await flaggedThreads([row])).get(row.community.id) ?? null,
      districts: await repo.districts(db, row.community.id),
      joinCode: policy.seesJoinCode(actor, row.community, row.myRole) ? row.community.joinCode : null,
      mayOptOut: policy.mayOptOut(actor, row.community),
    });
  }

  return {
    ...createThreadsService(deps),

    async create(actor: Actor, body: z.infer<typeof CreateCommunityBody>) {
      authorize(policy.mayCreate(actor));
      const id = await db.transaction(async (tx) => {
        const row = await repo.create(tx, {
          organizationId: actor.organizationId,
          name: body.name,
          description: body.description,
          crossDistrict: body.crossDistrict,
          joinCode: body.crossDistrict ? newJoinCode() : null,
          createdBy: actor.userId,
        });
        // Whoever starts a community facilitates it.
        await repo.join(tx, {
          organizationId: actor.organizationId,
          communityId: row.id,
          userId: actor.userId,
          role: 'facilitator',
        });
        return row.id;
      });
      return present(actor, await visible(actor, id));
    },

    /** Communities the actor belongs to or can join (their district is in them), newest first. */
    async list(actor: Actor, query: z.infer<typeof CommunityListQuery>) {
      const after = decodeCursor(query.cursor, ['timestamp', 'id']);
      const rows = await repo.list(db, actor.organizationId, actor.userId, query.limit, after);
      const flags = await flaggedThreads(rows.slice(0, query.limit));
      return toPage(
        rows,
        query.limit,
        (r) => [r.community.createdAt.toISOString(), r.community.id],
        (r) => presentCommunitySummary(r, flags.get(r.community.id) ?? null),
      );
    },

    async get(actor: Actor, id: string) {
      return present(actor, await visible(actor, id));
    },

    /** A district admin opts their district into another district's cross-district community with its join code. */
    async optIn(actor: Actor, body: z.infer<typeof OptInBody>) {
      authorize(policy.mayOptIn(actor));
      const community = await repo.byJoinCode(db, body.joinCode.toUpperCase());
      if (!community)
        throw unprocessable('No cross-district community has this join code.', [
          { path: 'joinCode', message: 'Check the code with the community’s facilitator.' },
        ]);
      await repo.optIn(db, actor.organizationId, community.id, actor.userId);
      return present(actor, await visible(actor, community.id));
    },

    /**
     * A district admin takes their district out of another district's community (adr/0010): from
     * then on its people get 404 there; their memberships and follows end, their posts stay.
     */
    async optOut(actor: Actor, id: string) {
      authorize(policy.mayOptIn(actor));
      const row = await visible(actor, id);
      if (!policy.mayOptOut(actor, row.community))
        throw conflict('Your district hosts this community, so it cannot leave it.');
      await db.transaction(async (tx) => {
        if ((await repo.facilitatorsOutside(tx, row.community.id, actor.organizationId)) === 0)
          throw conflict(
            'Every facilitator of this community is from your district. Ask the host district to add one first.',
          );
        const memberships = await repo.optOut(tx, actor.organizationId, row.community.id);
        await auditRepo.record(tx, {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: 'community.opted-out',
          targetType: 'community',
          targetId: row.community.id,
          data: { memberships },
          ip: actor.context.ip,
        });
      });
    },

    async join(actor: Actor, id: string) {
      const row = await visible(actor, id);
      if (row.myRole === null)
        await repo.join(db, {
          organizationId: actor.organizationId,
          communityId: row.community.id,
          userId: actor.userId,
          role: 'member',
        });
      return present(actor, await visible(actor, id));
    },

    async leave(actor: Actor, id: string) {
      const row = await visible(actor, id);
      if (row.myRole === 'facilitator' && (await repo.facilitatorCount(db, row.community.id)) <= 1)
        throw conflict('You are this community’s only facilitator. Ask another member to facilitate before you leave.');
      await repo.leave(db, actor.organizationId, row.community.id, actor.userId);
    },

    /** Members see each other's display name, school and country; nothing more crosses districts. */
    async members(actor: Actor, id: string, query: z.infer<typeof CommunityListQuery>) {
      const row = await visible(actor, id);
      authorize(policy.isMember(row.myRole));
      const after = decodeCursor(query.cursor, ['timestamp', 'id']);
      const rows = await repo.members(db, row.community.id, query.limit, after);
      return toPage(
        rows,
        query.limit,
        (r) => [r.createdAt.toISOString(), r.userId],
        (r) => ({ ...presentPerson(r, actor.userId), role: r.role }),
      );
    },
  };
}
export type CommunitiesService = ReturnType<typeof createCommunitiesService>;
