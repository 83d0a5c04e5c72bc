import type { ListQuery } from '#core/contracts/common';
import type { Db } from '../../db/client';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/authz';
import { decodeCursor, toPage } from '../../platform/pagination';
import { auditPolicy } from './audit.policy';
import { presentAuditEvent } from './audit.presenter';
import { auditRepo } from './audit.repo';

export function createAuditService(db: Db) {
  return {
    async list(actor: Actor, query: ListQuery) {
      authorize(auditPolicy.canRead(actor));
      const after = decodeCursor(query.cursor, ['timestamp', 'id']) as [string, string] | null;
      const rows = await auditRepo.listNewestFirst(db, actor.organizationId, query.limit, after);
      return toPage(rows, query.limit, (r) => [r.event.createdAt.toISOString(), r.event.id], presentAuditEvent);
    },
  };
}
