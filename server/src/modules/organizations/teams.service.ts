import type { z } from 'zod';
import type { ListQuery } from '#core/contracts/common';
import type { TeamBody, TeamMemberBody, UpdateTeamBody } from '#core/contracts/organizations';
import type { Db, Executor } from '../../db/client';
import type { Actor } from '../../platform/actor';
import { authorize, found } from '../../platform/authz';
import { notFound, unprocessable } from '../../platform/http/problem';
import { decodeCursor, toPage } from '../../platform/pagination';
import { auditRepo } from '../audit';
import { accounts } from '../identity';
import { organizationsPolicy as policy } from './organizations.policy';
import { presentTeam } from './organizations.presenter';
import { organizationsRepo as repo } from './organizations.repo';

export function createTeamsService(db: Db) {
  const audit = (tx: Executor, actor: Actor, action: string, teamId: string, data: Record<string, unknown>) =>
    auditRepo.record(tx, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action,
      targetType: 'team',
      targetId: teamId,
      data,
      ip: actor.context.ip,
    });

  async function visibleTeam(tx: Executor, actor: Actor, teamId: string) {
    const row = await repo.findTeam(tx, actor.organizationId, teamId);
    if (!row || !policy.canSeeTeam(actor, { schoolId: row.team.schoolId, memberIds: row.members.map((m) => m.userId) }))
      throw notFound();
    return row;
  }

  return {
    async list(actor: Actor, query: ListQuery) {
      const scope = policy.teamsScope(actor);
      const rows = await repo.listTeams(
        db,
        actor.organizationId,
        scope,
        query.limit,
        decodeCursor(query.cursor, ['text', 'id']),
      );
      return toPage(rows, query.limit, (r) => [r.team.name, r.team.id], presentTeam);
    },

    get: async (actor: Actor, teamId: string) => presentTeam(await visibleTeam(db, actor, teamId)),

    async create(actor: Actor, body: z.infer<typeof TeamBody>) {
      authorize(policy.canManageTeam(actor, body));
      return db.transaction(async (tx) => {
        if (body.schoolId && !(await repo.findSchool(tx, actor.organizationId, body.schoolId))) {
          throw unprocessable('That school does not exist in your organization.', [
            { path: 'schoolId', message: 'Unknown school.' },
          ]);
        }
        const team = await repo.createTeam(tx, { organizationId: actor.organizationId, ...body });
        await audit(tx, actor, 'team.created', team.id, { name: team.name, schoolId: team.schoolId });
        return presentTeam({ team, members: [] });
      });
    },

    async update(actor: Actor, teamId: string, body: z.infer<typeof UpdateTeamBody>) {
      return db.transaction(async (tx) => {
        const row = await visibleTeam(tx, actor, teamId);
        authorize(policy.canEditTeam(actor, { schoolId: row.team.schoolId, members: row.members }));
        await repo.updateTeam(tx, actor.organizationId, teamId, body);
        await audit(tx, actor, 'team.updated', teamId, body);
        return presentTeam(found(await repo.findTeam(tx, actor.organizationId, teamId)));
      });
    },

    async addMember(actor: Actor, teamId: string, body: z.infer<typeof TeamMemberBody>) {
      return db.transaction(async (tx) => {
        const { team } = await visibleTeam(tx, actor, teamId);
        authorize(policy.canManageTeam(actor, team));
        const user = await accounts.find(tx, actor.organizationId, body.userId);
        if (!user || user.status === 'deactivated') {
          throw unprocessable('That person is not an active member of your organization.', [
            { path: 'userId', message: 'Unknown person.' },
          ]);
        }
        await repo.upsertTeamMember(tx, { organizationId: actor.organizationId, teamId, ...body });
        await audit(tx, actor, 'team.member_added', teamId, body);
        return presentTeam(found(await repo.findTeam(tx, actor.organizationId, teamId)));
      });
    },

    async removeMember(actor: Actor, teamId: string, userId: string) {
      await db.transaction(async (tx) => {
        const { team } = await visibleTeam(tx, actor, teamId);
        authorize(policy.canManageTeam(actor, team));
        if (!(await repo.removeTeamMember(tx, actor.organizationId, teamId, userId))) throw notFound();
        await audit(tx, actor, 'team.member_removed', teamId, { userId });
      });
    },
  };
}
