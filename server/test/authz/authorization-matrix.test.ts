import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTenant, buildUser, signIn, TEST_PASSWORD, type Tenant } from '../factories';
import { json, setupTestApp } from '../test-app';
import type { Request } from './matrix-kit';
import { CALLERS, type Caller, type Fixtures, ROUTES } from './routes-matrix';

/**
 * Every route × every role × own tenant / other tenant → the expected status. The route table
 * lives in routes-matrix.ts; this file runs it and proves it covers every route the server has.
 */
const ctx = setupTestApp();
const fixtures = {} as Fixtures;
const cookies = {} as Record<Exclude<Caller, 'anonymous'>, string>;

beforeAll(async () => {
  fixtures.a = await buildTenant(ctx.db);
  fixtures.b = await buildTenant(ctx.db);
  fixtures.db = ctx.db;
  fixtures.app = ctx.app;
  for (const caller of CALLERS)
    if (caller !== 'anonymous') cookies[caller] = await signIn(ctx.app, fixtures.a[caller].email);
}, 60_000);

async function call(caller: Caller, request: Request) {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...request.raw?.headers };
  const cookie = 'cookie' in request ? request.cookie : caller === 'anonymous' ? undefined : cookies[caller];
  if (cookie) headers.cookie = cookie;
  return ctx.app.inject({
    method: request.method as 'GET',
    url: request.url,
    headers,
    ...(request.method === 'GET' ? {} : { payload: request.raw?.payload ?? JSON.stringify(request.body ?? {}) }),
  });
}

describe('authorization matrix', () => {
  it('covers every route in the OpenAPI document, and nothing else', async () => {
    const spec = json(await ctx.app.inject({ url: '/api/openapi.json' }));
    const served = Object.entries(spec.paths as Record<string, Record<string, unknown>>)
      .flatMap(([path, methods]) =>
        Object.keys(methods).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
      )
      .sort();
    const inMatrix = ROUTES.map((r) => `${r.method} ${r.path}`).sort();
    expect(inMatrix).toEqual(served);
  });

  for (const route of ROUTES) {
    describe(`${route.method} ${route.path}`, () => {
      for (const caller of CALLERS) {
        it(`${caller}, own tenant → ${route.own[caller]}`, async () => {
          const request = await route.request(fixtures, fixtures.a, caller);
          const response = await call(caller, request);
          expect(response.statusCode, response.body).toBe(route.own[caller]);
          if (response.statusCode >= 400)
            expect(response.headers['content-type']).toContain('application/problem+json');
        });
      }
      if (route.otherTenant) {
        const expected = route.otherTenant;
        for (const caller of CALLERS.filter((c) => c !== 'anonymous')) {
          it(`${caller}, another tenant's record → ${expected[caller as keyof typeof expected]}`, async () => {
            const request = await route.request(fixtures, fixtures.b, caller);
            const response = await call(caller, request);
            expect(response.statusCode, response.body).toBe(expected[caller as keyof typeof expected]);
          });
        }
      }
    });
  }
});

describe('tenant isolation in lists', () => {
  it("no list shows another tenant's records, even to its most powerful role", async () => {
    const b: Tenant = fixtures.b;
    const foreignIds = new Set([
      b.org.id,
      b.school.id,
      b.otherSchool.id,
      b.admin.id,
      b.teacher.id,
      b.team.id,
      b.teacherClass.id,
    ]);
    for (const url of [
      '/api/v1/schools',
      '/api/v1/users',
      '/api/v1/teams',
      '/api/v1/classes?scope=organization',
      '/api/v1/audit-events',
      '/api/v1/outbox',
    ]) {
      const response = await call('admin', { method: 'GET', url: `${url}${url.includes('?') ? '&' : '?'}limit=200` });
      expect(response.statusCode).toBe(200);
      const text = response.body;
      for (const id of foreignIds) expect(text, `${url} leaks ${id}`).not.toContain(id);
    }
  });

  it('a person of one tenant cannot sign in to act in another: the session carries its tenant', async () => {
    const stranger = await buildUser(ctx.db, fixtures.b.org.id, {
      email: `stranger-${randomBytes(3).toString('hex')}@example.test`,
      roles: [{ role: 'district_admin' }],
    });
    const cookie = await signIn(ctx.app, stranger.email, TEST_PASSWORD);
    const response = await ctx.app.inject({ url: `/api/v1/users/${fixtures.a.teacher.id}`, headers: { cookie } });
    expect(response.statusCode).toBe(404);
  });
});
