import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** A bare query function over the same driver the server uses, with no ORM in between. */
export type Query = <Row>(text: string, params: unknown[]) => Promise<Row[]>;
export type Driver = {
  query: Query;
  /** Runs `work` in one transaction on one connection, committing if it returns and rolling back if it throws. */
  transaction: <T>(work: (query: Query) => Promise<T>) => Promise<T>;
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
    const on =
      (client: pg.Pool | pg.PoolClient): Query =>
      async <Row>(text: string, params: unknown[]) =>
        (await client.query({ name: nameOf(text), text, values: params })).rows as Row[];
    return {
      query: on(pool),
      transaction: async (work) => {
        const client = await pool.connect();
        try {
          await client.query('begin');
          const result = await work(on(client));
          await client.query('commit');
          return result;
        } catch (error) {
          await client.query('rollback').catch(() => {});
          throw error;
        } finally {
          client.release();
        }
      },
      close: () => pool.end(),
    };
  }
  // The same folder layout as server/src/db/client.ts: <data dir>/pglite.
  const client = new PGlite(join(resolve(env.CONECTA_DATA_DIR ?? './data'), 'pglite'));
  await client.waitReady;
  return {
    query: async <Row>(text: string, params: unknown[]) => (await client.query<Row>(text, params)).rows,
    transaction: (work) =>
      client.transaction((tx) =>
        work(async <Row>(text: string, params: unknown[]) => (await tx.query<Row>(text, params)).rows),
      ),
    close: () => client.close(),
  };
}
