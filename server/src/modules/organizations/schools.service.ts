import type { z } from 'zod';
import type { ListQuery } from '#core/contracts/common';
import type { OrganizationSettingsBody, SchoolBody } from '#core/contracts/organizations';
import type { Db } from '../../db/client';
import type { Actor } from '../../platform/actor';
import { authorize, found } from '../../platform/authz';
import { conflict } from '../../platform/http/problem';
import { decodeCursor, toPage } from '../../platform/pagination';
import { auditRepo } from '../audit';
import { organizationsPolicy as policy } from './organizations.policy';
import { presentOrganization, presentSchool } from './organizations.presenter';
import { organizationsRepo as repo } from './organizations.repo';

const nameTaken = () =>
  conflict('A school with this name already exists.', { errors: [{ path: 'name', message: 'Already used.' }] });

export function createSchoolsService(db: Db) {
  return {
    organization: async (actor: Actor) => presentOrganization(found(await repo.organization(db, actor.organizationId))),

    async updateSettings(actor: Actor, body: z.infer<typeof OrganizationSettingsBody>) {
      authorize(policy.canManageOrganization(actor));
      return db.transaction(async (tx) => {
        const row = found(await repo.updateSettings(tx, actor.organizationId, body));
        await auditRepo.record(tx, {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: 'organization.settings_changed',
          targetType: 'organization',
          targetId: actor.organizationId,
          data: body,
          ip: actor.context.ip,
        });
        return presentOrganization(row);
      });
    },

    async list(actor: Actor, query: ListQuery) {
      const rows = await repo.listSchools(
        db,
        actor.organizationId,
        query.limit,
        decodeCursor(query.cursor, ['text', 'id']),
      );
      return toPage(rows, query.limit, (r) => [r.name, r.id], presentSchool);
    },

    async create(actor: Actor, body: z.infer<typeof SchoolBody>) {
      authorize(policy.canManageOrganization(actor));
      return db.transaction(async (tx) => {
        if (await repo.schoolNameTaken(tx, actor.organizationId, body.name)) throw nameTaken();
        const school = await repo.createSchool(tx, actor.organizationId, body.name);
        await auditRepo.record(tx, {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: 'school.created',
          targetType: 'school',
          targetId: school.id,
          data: { name: school.name },
          ip: actor.context.ip,
        });
        return presentSchool(school);
      });
    },

    async rename(actor: Actor, schoolId: string, body: z.infer<typeof SchoolBody>) {
      authorize(policy.canManageOrganization(actor));
      return db.transaction(async (tx) => {
        const before = found(await repo.findSchool(tx, actor.organizationId, schoolId));
        if (await repo.schoolNameTaken(tx, actor.organizationId, body.name, schoolId)) throw nameTaken();
        const school = found(await repo.renameSchool(tx, actor.organizationId, schoolId, body.name));
        await auditRepo.record(tx, {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: 'school.renamed',
          targetType: 'school',
          targetId: school.id,
          data: { from: before.name, to: school.name },
          ip: actor.context.ip,
        });
        return presentSchool(school);
      });
    },
  };
}
