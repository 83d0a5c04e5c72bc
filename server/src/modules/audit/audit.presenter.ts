import type { auditEvents } from './audit.table';

export function presentAuditEvent(row: { event: typeof auditEvents.$inferSelect; actorName: string | null }) {
  const { event } = row;
  return {
    id: event.id,
    action: event.action,
    actorId: event.actorId,
    actorName: row.actorName,
    targetType: event.targetType,
    targetId: event.targetId,
    data: event.data,
    ip: event.ip,
    createdAt: event.createdAt.toISOString(),
  };
}
