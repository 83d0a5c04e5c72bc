import type { Db } from './client';

const cache = new WeakMap<object, Map<string, unknown>>();

/**
 * A query built once per database and reused: Drizzle skips rebuilding the SQL on every call, and
 * PostgreSQL can reuse the plan of a named statement. For the hottest paths only (every
 * authenticated request); everything else builds its queries as usual.
 */
export function prepared<T>(db: Db, name: string, build: (db: Db) => T): T {
  let statements = cache.get(db);
  if (!statements) {
    statements = new Map();
    cache.set(db, statements);
  }
  let statement = statements.get(name) as T | undefined;
  if (statement === undefined) {
    statement = build(db);
    statements.set(name, statement);
  }
  return statement;
}
