import type { z } from 'zod';
import type { AuditEvent } from '#core/contracts/organizations';
import { useCursorList } from '../../lib/useCursorList';

export type AuditEventDto = z.infer<typeof AuditEvent>;

export function useAuditEvents() {
  return useCursorList<AuditEventDto>(['audit-events'], '/api/v1/audit-events', {}, { limit: 50 });
}
