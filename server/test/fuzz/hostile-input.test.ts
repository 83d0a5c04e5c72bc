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

// Failed sign-ins are recorded on purpose (rate limit and audit log), and sessions slide their expiry:
// everything else must be exactly as it was after a refused request.
const SNAPSHOT = sql`select md5(string_agg(row_text, '|' order by row_text)) as digest from (
  select 'org:' || t::text as row_text from organizations t
  union all select 'school:' || t::text from schools t
  union all select 'user:' || t::text from users t
  union all select 'membership:' || t::text from memberships t
  union all select 'team:' || t::text from teams t
  union all select 'team_member:' || t::text from team_members t
  union all select 'class:' || t::text from classes t
  union all select 'token:' || t::text from access_tokens t
  union all select 'one_time:' || t::text from one_time_tokens t
  union all select 'session:' || t.id || t.user_id from sessions t
  union all select 'audit:' || t::text from audit_events t where t.action <> 'auth.login_failed'
  union all select 'mail:' || t::text from mail_outbox t
  union all select 'plan:' || t::text from lesson_plans t
  union all select 'plan_version:' || t::text from lesson_plan_versions t
  union all select 'dismissal:' || t::text from insight_dismissals t
  union all select 'reflection:' || t::text from reflections t
  union all select 'card:' || t::text from strategy_cards t
  union all select 'reaction:' || t::text from resource_reactions t
  union all select 'framework:' || t::text from frameworks t
  union all select 'framework_domain:' || t::text from framework_domains t
  union all select 'framework_practice:' || t::text from framework_practices t
  union all select 'framework_look_for:' || t::text from framework_look_fors t
  union all select 'school_framework:' || t::text from school_frameworks t
  union all select 'growth_focus:' || t::text from growth_focus t
  union all select 'observation:' || t::text from observations t
  union all select 'observation_note:' || t::text from observation_notes t
  union all select 'observation_feedback:' || t::text from observation_feedback t
  union all select 'observation_follow_up:' || t::text from observation_follow_ups t
) rows`;
const snapshot = async () => {
  const result = (await ctx.db.execute(SNAPSHOT)) as unknown as { rows: { digest: string }[] };
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
