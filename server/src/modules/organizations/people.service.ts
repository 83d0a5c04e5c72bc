import type { z } from 'zod';
import type { InviteUserBody, RoleAssignment, UserListQuery } from '#core/contracts/organizations';
import type { Db, Executor } from '../../db/client';
import type { Actor } from '../../platform/actor';
import { authorize, found } from '../../platform/authz';
import { conflict, notFound, unprocessable } from '../../platform/http/problem';
import { decodeCursor, toPage } from '../../platform/pagination';
import { auditRepo } from '../audit';
import { accounts, type IdentityService } from '../identity';
import type { NotificationsService } from '../notifications';
import { organizationsPolicy as policy } from './organizations.policy';
import { presentUser } from './organizations.presenter';
import { organizationsRepo as repo } from './organizations.repo';

type Deps = { db: Db; identity: IdentityService; notifications: NotificationsService };

export function createPeopleService({ db, identity, notifications }: Deps) {
  const audit = (tx: Executor, actor: Actor, action: string, targetId: string, data: Record<string, unknown> = {}) =>
    auditRepo.record(tx, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action,
      targetType: 'user',
      targetId,
      data,
      ip: actor.context.ip,
    });

  async function assertSchoolsExist(tx: Executor, actor: Actor, roles: z.infer<typeof RoleAssignment>[]) {
    for (const [index, role] of roles.entries()) {
      if (role.schoolId !== null && !(await repo.findSchool(tx, actor.organizationId, role.schoolId))) {
        throw unprocessable('That school does not exist in your organization.', [
          { path: `roles.${index}.schoolId`, message: 'Unknown school.' },
        ]);
      }
    }
  }

  async function visiblePerson(actor: Actor, userId: string) {
    const row = await repo.findUserWithRoles(db, actor.organizationId, userId);
    const visible = row && policy.canSeePerson(actor, { id: row.user.id, schoolIds: row.roles.map((r) => r.schoolId) });
    // Someone outside the actor's view is "not found", exactly like another tenant's record.
    if (!row || !visible) throw notFound();
    return row;
  }

  /** Never leave an organization without an active district admin: nobody could manage it. */
  async function assertAdminRemains(tx: Executor, actor: Actor) {
    if ((await repo.countActiveAdmins(tx, actor.organizationId)) === 0) {
      throw unprocessable('The organization needs at least one active district admin.');
    }
  }

  return {
    async list(actor: Actor, query: z.infer<typeof UserListQuery>) {
      const scope = policy.peopleScope(actor);
      authorize(scope !== null);
      const rows = await repo.listUsers(
        db,
        actor.organizationId,
        { ...query, withinSchools: 'all' in scope ? undefined : scope.schoolIds },
        query.limit,
        decodeCursor(query.cursor, ['text', 'id']),
      );
      return toPage(rows, query.limit, (r) => [r.user.name, r.user.id], presentUser);
    },

    get: async (actor: Actor, userId: string) => presentUser(await visiblePerson(actor, userId)),

    async invite(actor: Actor, body: z.infer<typeof InviteUserBody>) {
      authorize(policy.canManageOrganization(actor));
      const { user, mailId } = await db.transaction(async (tx) => {
        if (await repo.emailExists(tx, body.email)) {
          throw conflict('Someone with this email already has an account.', {
            errors: [{ path: 'email', message: 'Already used.' }],
          });
        }
        await assertSchoolsExist(tx, actor, body.roles);
        const organization = found(await repo.organization(tx, actor.organizationId));
        const created = await repo.createUser(tx, {
          organizationId: actor.organizationId,
          email: body.email,
          name: body.name,
          locale: body.locale ?? organization.defaultLocale,
          status: 'invited',
        });
        for (const role of body.roles)
          await repo.addMembership(tx, { organizationId: actor.organizationId, userId: created.id, ...role });
        const { mailId } = await identity.issueInvitation(tx, created, actor);
        await audit(tx, actor, 'user.invited', created.id, { email: created.email, roles: body.roles });
        return { user: found(await repo.findUserWithRoles(tx, actor.organizationId, created.id)), mailId };
      });
      await notifications.deliver([mailId]);
      return presentUser(user);
    },

    async resendInvitation(actor: Actor, userId: string) {
      authorize(policy.canManageOrganization(actor));
      const mailId = await db.transaction(async (tx) => {
        const user = found(await accounts.find(tx, actor.organizationId, userId));
        if (user.status !== 'invited') throw unprocessable('This person has already accepted their invitation.');
        const { mailId: id } = await identity.issueInvitation(tx, user, actor);
        await audit(tx, actor, 'user.invitation_resent', user.id);
        return id;
      });
      await notifications.deliver([mailId]);
    },

    async addRole(actor: Actor, userId: string, assignment: z.infer<typeof RoleAssignment>) {
      authorize(policy.canManageOrganization(actor));
      return db.transaction(async (tx) => {
        found(await accounts.find(tx, actor.organizationId, userId));
        await assertSchoolsExist(tx, actor, [assignment]);
        const membership = await repo.addMembership(tx, {
          organizationId: actor.organizationId,
          userId,
          ...assignment,
        });
        if (!membership) throw conflict('This person already has that role.');
        await audit(tx, actor, 'user.role_added', userId, assignment);
        const school = membership.schoolId
          ? await repo.findSchool(tx, actor.organizationId, membership.schoolId)
          : null;
        return {
          id: membership.id,
          role: membership.role,
          schoolId: membership.schoolId,
          schoolName: school?.name ?? null,
        };
      });
    },

    async removeRole(actor: Actor, userId: string, membershipId: string) {
      authorize(policy.canManageOrganization(actor));
      await db.transaction(async (tx) => {
        const membership = found(await repo.findMembership(tx, actor.organizationId, userId, membershipId));
        await repo.removeMembership(tx, actor.organizationId, membership.id);
        if (membership.role === 'district_admin') await assertAdminRemains(tx, actor);
        await audit(tx, actor, 'user.role_removed', userId, { role: membership.role, schoolId: membership.schoolId });
      });
    },

    /** Deactivation keeps every record the person made; it only ends their access. */
    async setActive(actor: Actor, userId: string, active: boolean) {
      authorize(policy.canManageOrganization(actor));
      return db.transaction(async (tx) => {
        const user = found(await accounts.find(tx, actor.organizationId, userId));
        if (!active && user.id === actor.userId) throw unprocessable('You cannot deactivate your own account.');
        const status = active ? (user.passwordHash ? 'active' : 'invited') : 'deactivated';
        await repo.setUserStatus(tx, actor.organizationId, userId, status);
        if (!active) {
          await accounts.endSessions(tx, actor.organizationId, userId);
          await assertAdminRemains(tx, actor);
        }
        await audit(tx, actor, active ? 'user.reactivated' : 'user.deactivated', userId);
        return presentUser(found(await repo.findUserWithRoles(tx, actor.organizationId, userId)));
      });
    },
  };
}
