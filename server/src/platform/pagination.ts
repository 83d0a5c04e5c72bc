import { badRequest } from './http/problem';
import { isId } from './ids';

/**
 * Keyset pagination: the cursor carries the sort key of the last item, so pages stay stable
 * while rows are added and cost the same however deep the client goes.
 */
export type Page<T> = { items: T[]; nextCursor: string | null };

export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

type CursorPart = 'text' | 'timestamp' | 'id';
const validPart: Record<CursorPart, (value: unknown) => boolean> = {
  text: (v) => typeof v === 'string',
  timestamp: (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)),
  id: (v) => typeof v === 'string' && isId(v),
};

/** Decodes a cursor and checks every part, so a forged cursor is a 400 and never reaches SQL. */
export function decodeCursor(cursor: string | undefined, parts: readonly CursorPart[]): string[] | null {
  if (!cursor) return null;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === parts.length && parts.every((part, i) => validPart[part](key[i]))) {
      return key as string[];
    }
  } catch {
    // fall through to the problem below
  }
  throw badRequest('The cursor is not valid. Start again from the first page.', [
    { path: 'cursor', message: 'Not a cursor this server issued.' },
  ]);
}

/** Repositories fetch limit + 1 rows; this trims the extra one and derives the next cursor from the last kept row. */
export function toPage<Row, Item>(
  rows: Row[],
  limit: number,
  keyOf: (row: Row) => (string | number)[],
  present: (row: Row) => Item,
): Page<Item> {
  const kept = rows.slice(0, limit);
  const last = kept.at(-1);
  return {
    items: kept.map(present),
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null,
  };
}
