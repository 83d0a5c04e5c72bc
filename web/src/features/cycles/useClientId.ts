import { useState } from 'react';

/**
 * One id per thing being added, kept across retries until it is saved: a request that reached
 * the server but whose answer was lost is then answered with the stored row, not stored twice.
 */
export function useClientId() {
  const [id, setId] = useState(() => crypto.randomUUID());
  return { id, next: () => setId(crypto.randomUUID()) };
}
