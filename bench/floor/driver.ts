import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** A bare query function over the same driver the server uses, with no ORM in between. */
export type Query = <Row>(text: string, params: unknown[]) => Promise<Row[]>;
export type Driver = {
  query: Query;
  close: () => Promise<void>;
};

export async function openDriver(env: NodeJS.ProcessEnv): Promise<Driver> {
  if (env.DATABASE_URL) {
    // Same pool size as the server's default (DATABASE_POOL_SIZE=10), so neither side has more connections.
    const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: Number(env.DATABASE_POOL_SIZE ?? 10) });
    pool.on('error', () => {});
    // Named statements, as the server's hot queries are: PostgreSQL plans each once per connection.
    // Without this the floor pays for planning on every request and stops being a floor.
    const nameOf = (text: string) => `floor_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
    return {
      query: async <Row>(text: string, params: unknown[]) =>
        (await pool.query({ name: nameOf(text), text, values: params })).rows as Row[],
      close: () => pool.end(),
    };
  }
  // The same folder layout as server/src/db/client.ts: <data dir>/pglite.
  const client = new PGlite(join(resolve(env.CONECTA_DATA_DIR ?? './data'), 'pglite'));
  await client.waitReady;
  return {
    query: async <Row>(text: string, params: unknown[]) => (await client.query<Row>(text, params)).rows,
    close: () => client.close(),
  };
}
