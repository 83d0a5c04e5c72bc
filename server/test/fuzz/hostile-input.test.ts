import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { CALLERS, type Fixtures, ROUTES } from '../authz/routes-matrix';
import { buildTenant, signIn } from '../factories';
import { setupTestApp } from '../test-app';

/**
 * Random and hostile JSON against every write route, as a district admin (the role that may do
 * the most). Whatever arrives, the answer is never a 5xx, and a rejected request changes nothing.
 */
const ctx = setupTestApp();
const fixtures = {} as Fixtures;
let cookie: string;

beforeAll(async () => {
  fixtures.a = await buildTenant(ctx.db);
  fixtures.b = await buildTenant(ctx.db);
  fixtures.db = ctx.db;
  fixtures.app = ctx.app;
  cookie = await signIn(ctx.app, fixtures.a.admin.email);
}, 60_000);

/*
 * A digest of every table in the schema, found at run time so a new table can never be left out.
 * Failed sign-ins are recorded on purpose (rate limit and audit log), and sessions slide their
 * expiry: everything else must be exactly as it was after a refused request.
 */
const ROW_TEXT: Record<string, string> = {
  sessions: `t.id::text || t.user_id::text`,
};
const ROW_FILTER: Record<string, string> = {
  audit_events: `where t.action <> 'auth.login_failed'`,
  login_failures: 'where false',
};
let snapshotQuery: string | null = null;
const snapshot = async () => {
  if (!snapshotQuery) {
    const tables = (await ctx.db.execute(
      sql`select table_name from information_schema.tables
          where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
    )) as unknown as { rows: { table_name: string }[] };
    const parts = tables.rows.map(
      ({ table_name: name }) =>
        `select '${name}:' || ${ROW_TEXT[name] ?? 't::text'} as row_text from "${name}" t ${ROW_FILTER[name] ?? ''}`,
    );
    expect(parts.length).toBeGreaterThan(25);
    snapshotQuery = `select md5(string_agg(row_text, '|' order by row_text)) as digest from (${parts.join(' union all ')}) rows`;
  }
  const result = (await ctx.db.execute(sql.raw(snapshotQuery))) as unknown as { rows: { digest: string }[] };
  return result.rows[0]?.digest;
};

const hostileString = fc.oneof(
  fc.string({ maxLength: 50 }),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\u202e',
    "'; drop table users; --",
    '<script>alert(1)</script>',
    '../../etc/passwd',
    '%00',
    'null',
    '__proto__',
  ),
  fc.string({ minLength: 5_000, maxLength: 20_000 }),
);
const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  hostileString,
  fc.constantFrom(Number.MAX_SAFE_INTEGER, -1, 0, 1e308, -0, 3.5),
  fc.array(hostileString, { maxLength: 5 }),
);
const pollution = fc.constantFrom({ __proto__: { admin: true } }, JSON.parse('{"__proto__":{"polluted":1}}'), {
  constructor: { prototype: { x: 1 } },
});

/** A body: random JSON, a hostile object, or a valid body with one field made hostile. */
const bodyFor = (valid: unknown) =>
  fc.oneof(
    fc.jsonValue({ maxDepth: 4 }),
    fc.dictionary(hostileString, hostileValue, { maxKeys: 6 }),
    pollution,
    valid && typeof valid === 'object' && !Array.isArray(valid)
      ? fc
          .tuple(fc.constantFrom(...Object.keys(valid as object)), hostileValue)
          .map(([key, value]) => ({ ...(valid as object), [key]: value }))
      : fc.constant(valid ?? {}),
  );
const idSegment = fc.oneof(fc.string({ maxLength: 40 }), fc.uuid(), fc.constantFrom('..', '%2e%2e', 'null', '0', ' '));

const writeRoutes = ROUTES.filter((route) => route.method !== 'GET');

describe('hostile input on every write route', () => {
  it('exists for every route that writes', () => {
    expect(writeRoutes.length).toBeGreaterThanOrEqual(20);
    expect(CALLERS).toContain('admin');
  });

  for (const route of writeRoutes) {
    it(`${route.method} ${route.path}: no 5xx, and no partial write`, async () => {
      const template = await route.request(fixtures, fixtures.a, 'admin');
      await fc.assert(
        fc.asyncProperty(bodyFor(template.body), fc.boolean(), idSegment, async (body, fuzzPath, id) => {
          const url =
            fuzzPath && route.path.includes(':')
              ? template.url.replace(/[0-9a-f-]{36}|no-such-token-\w+/, encodeURIComponent(id))
              : template.url;
          const before = await snapshot();
          const response = await ctx.app.inject({
            method: route.method as 'POST',
            url,
            headers: { cookie, 'content-type': 'application/json' },
            payload: JSON.stringify(body),
          });
          expect(
            response.statusCode,
            `${url} ${JSON.stringify(body).slice(0, 300)} → ${response.body.slice(0, 300)}`,
          ).toBeLessThan(500);
          if (response.statusCode >= 400) {
            expect(response.headers['content-type']).toContain('application/problem+json');
            expect(await snapshot(), 'a refused request changed stored data').toBe(before);
          }
        }),
        { numRuns: 30 },
      );
    });
  }
});
