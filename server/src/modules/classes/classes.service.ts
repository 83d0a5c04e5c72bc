import type { z } from 'zod';
import type { ClassListQuery, CreateClassBody } from '#core/contracts/classes';
import type { Db } from '../../db/client';
import type { Actor } from '../../platform/actor';
import { authorize, found } from '../../platform/authz';
import { unprocessable } from '../../platform/http/problem';
import { decodeCursor, toPage } from '../../platform/pagination';
import { auditRepo } from '../audit';
import { accounts } from '../identity';
import { classesPolicy as policy } from './classes.policy';
import { presentClass } from './classes.presenter';
import { classesRepo as repo } from './classes.repo';

export function createClassesService(db: Db) {
  return {
    async list(actor: Actor, query: z.infer<typeof ClassListQuery>) {
      const scope = policy.listScope(actor, query.scope);
      authorize(scope !== null);
      const rows = await repo.list(
        db,
        actor.organizationId,
        scope,
        query.limit,
        decodeCursor(query.cursor, ['text', 'id']),
      );
      return toPage(rows, query.limit, (r) => [r.class.name, r.class.id], presentClass);
    },

    async get(actor: Actor, classId: string) {
      const row = await repo.find(db, actor.organizationId, classId);
      authorize(row !== null && policy.canSee(actor, row.class), 'hide');
      return presentClass(row);
    },

    async create(actor: Actor, body: z.infer<typeof CreateClassBody>) {
      const ownerId = body.ownerId ?? actor.userId;
      authorize(policy.canCreateFor(actor, ownerId));
      return db.transaction(async (tx) => {
        const owner = await accounts.find(tx, actor.organizationId, ownerId);
        if (!owner || owner.status === 'deactivated') {
          throw unprocessable('The teacher for this class is not an active member of your organization.', [
            { path: 'ownerId', message: 'Unknown person.' },
          ]);
        }
        const ownerSchools = await repo.teachingSchools(tx, actor.organizationId, ownerId);
        const schoolId = body.schoolId === undefined ? (ownerSchools[0] ?? null) : body.schoolId;
        if (schoolId !== null && !ownerSchools.includes(schoolId)) {
          throw unprocessable('The teacher does not teach at that school.', [
            { path: 'schoolId', message: 'Not one of the teacher’s schools.' },
          ]);
        }
        const created = await repo.create(tx, {
          organizationId: actor.organizationId,
          ownerId,
          schoolId,
          name: body.name,
          subject: body.subject,
          gradeLevel: body.gradeLevel,
          periodMinutes: body.periodMinutes,
        });
        if (ownerId !== actor.userId) {
          await auditRepo.record(tx, {
            organizationId: actor.organizationId,
            actorId: actor.userId,
            action: 'class.created',
            targetType: 'class',
            targetId: created.id,
            data: { name: created.name, ownerId },
            ip: actor.context.ip,
          });
        }
        return presentClass(found(await repo.find(tx, actor.organizationId, created.id)));
      });
    },
  };
}
