import type { z } from 'zod';
import type { OutboxMessage } from '#core/contracts/organizations';
import { useCursorList } from '../../lib/useCursorList';

export type OutboxMessageDto = z.infer<typeof OutboxMessage>;

export function useOutbox() {
  return useCursorList<OutboxMessageDto>(['outbox'], '/api/v1/outbox', {}, { limit: 25 });
}
