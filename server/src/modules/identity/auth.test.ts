import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTenant, signIn, TEST_PASSWORD, type Tenant } from '../../../test/factories';
import { json, setupTestApp } from '../../../test/test-app';
import { sessions } from './identity.table';

const ctx = setupTestApp();
let t: Tenant;
beforeAll(async () => {
  t = await buildTenant(ctx.db);
});

const login = (email: string, password: string, ip = '10.1.1.1', headers: Record<string, string> = {}) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password },
    remoteAddress: ip,
    headers,
  });

describe('POST /api/v1/auth/login', () => {
  it('signs in, sets an httpOnly SameSite=Lax cookie and returns Me', async () => {
    const response = await login(t.teacher.email.toUpperCase(), TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'conecta_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    expect(json(response).user).toEqual({
      id: t.teacher.id,
      name: t.teacher.name,
      email: t.teacher.email,
      locale: 'en',
      roles: [{ role: 'teacher', organizationId: t.org.id, schoolId: t.school.id }],
      organization: { id: t.org.id, name: t.org.name },
    });
  });

  it('answers the same 401 for a wrong password and for an unknown email', async () => {
    const wrongPassword = await login(t.coach.email, 'not the password', '10.1.1.2');
    const unknownEmail = await login('nobody@example.test', 'not the password', '10.1.1.2');
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknownEmail.statusCode).toBe(401);
    expect(wrongPassword.headers['content-type']).toContain('application/problem+json');
    const { type, title, detail } = json(wrongPassword);
    expect(json(unknownEmail)).toMatchObject({ type, title, detail });
  });

  it('answers 429 after 10 failures for one account and IP, even with the right password, and not from another IP', async () => {
    for (let i = 0; i < 10; i++)
      expect((await login(t.leader.email, 'wrong password', '10.9.9.9')).statusCode).toBe(401);
    const blocked = await login(t.leader.email, TEST_PASSWORD, '10.9.9.9');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toBe('900');
    expect((await login(t.leader.email, TEST_PASSWORD, '10.9.9.10')).statusCode).toBe(200);
  });

  it('limits unknown emails exactly like real ones', async () => {
    for (let i = 0; i < 10; i++) await login('ghost@example.test', 'wrong password', '10.8.8.8');
    expect((await login('ghost@example.test', 'wrong password', '10.8.8.8')).statusCode).toBe(429);
  });

  it('rotates the session: the cookie sent before sign-in stops working', async () => {
    const first = await signIn(ctx.app, t.facilitator.email);
    const response = await login(t.facilitator.email, TEST_PASSWORD, '10.1.1.3', { cookie: first });
    const second = `conecta_session=${response.cookies.find((c) => c.name === 'conecta_session')!.value}`;
    expect(second).not.toBe(first);
    expect((await ctx.app.inject({ url: '/api/v1/me', headers: { cookie: first } })).statusCode).toBe(401);
    expect((await ctx.app.inject({ url: '/api/v1/me', headers: { cookie: second } })).statusCode).toBe(200);
  });

  it('rejects a deactivated person with the same 401', async () => {
    await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/users/${t.otherTeacher.id}/deactivate`,
      headers: { cookie: await signIn(ctx.app, t.admin.email) },
      payload: {},
    });
    const response = await login(t.otherTeacher.email, TEST_PASSWORD, '10.1.1.4');
    expect(response.statusCode).toBe(401);
  });

  it('validates the body with a problem naming the field', async () => {
    const response = await login('not-an-email', '');
    expect(response.statusCode).toBe(400);
    expect(
      json(response)
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['email', 'password']);
  });
});

describe('sessions', () => {
  it('GET /me answers 401 without a session and with a forged cookie', async () => {
    expect((await ctx.app.inject({ url: '/api/v1/me' })).statusCode).toBe(401);
    expect(
      (await ctx.app.inject({ url: '/api/v1/me', headers: { cookie: 'conecta_session=forged.value' } })).statusCode,
    ).toBe(401);
  });

  it('ends a session after 7 idle days', async () => {
    const cookie = await signIn(ctx.app, t.teacher.email);
    await ctx.db
      .update(sessions)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(sessions.userId, t.teacher.id));
    expect((await ctx.app.inject({ url: '/api/v1/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('logout ends the session and answers 204', async () => {
    const cookie = await signIn(ctx.app, t.coach.email);
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie, 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(204);
    expect((await ctx.app.inject({ url: '/api/v1/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('PATCH /me saves the language', async () => {
    const cookie = await signIn(ctx.app, t.coach.email);
    const response = await ctx.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { cookie },
      payload: { locale: 'es' },
    });
    expect(json(response).locale).toBe('es');
    expect(json(await ctx.app.inject({ url: '/api/v1/me', headers: { cookie } })).locale).toBe('es');
  });
});

describe('CSRF', () => {
  it('refuses a cookie-authenticated form post and a foreign Origin, and accepts JSON from our own origin', async () => {
    const cookie = await signIn(ctx.app, t.admin.email);
    const form = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/schools',
      headers: { cookie, 'content-type': 'text/plain' },
      payload: '{"name":"Via form"}',
    });
    expect(form.statusCode).toBe(403);
    const foreign = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/schools',
      headers: { cookie, origin: 'https://evil.example' },
      payload: { name: 'Via foreign origin' },
    });
    expect(foreign.statusCode).toBe(403);
    const own = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/schools',
      headers: { cookie, origin: 'http://localhost:3000' },
      payload: { name: 'Via our app' },
    });
    expect(own.statusCode).toBe(201);
    const names = json(await ctx.app.inject({ url: '/api/v1/schools', headers: { cookie } })).items.map(
      (s: { name: string }) => s.name,
    );
    expect(names).toContain('Via our app');
    expect(names).not.toContain('Via form');
    expect(names).not.toContain('Via foreign origin');
  });
});

describe('personal access tokens', () => {
  it('creates a token shown once, authenticates with it, and stops after revocation', async () => {
    const cookie = await signIn(ctx.app, t.teacher.email);
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/me/tokens',
      headers: { cookie },
      payload: { name: 'Gradebook sync' },
    });
    expect(created.statusCode).toBe(201);
    const { token, id, prefix } = json(created);
    expect(token.startsWith(prefix)).toBe(true);
    const listed = json(await ctx.app.inject({ url: '/api/v1/me/tokens', headers: { cookie } }));
    expect(listed.items).toHaveLength(1);
    expect(listed.items[0]).not.toHaveProperty('token');

    const bearer = { authorization: `Bearer ${token}` };
    expect(json(await ctx.app.inject({ url: '/api/v1/me', headers: bearer })).id).toBe(t.teacher.id);
    // A token client needs no CSRF ceremony, but cannot mint more tokens.
    expect(
      (await ctx.app.inject({ method: 'POST', url: '/api/v1/me/tokens', headers: bearer, payload: { name: 'x' } }))
        .statusCode,
    ).toBe(403);

    expect(
      (
        await ctx.app.inject({
          method: 'DELETE',
          url: `/api/v1/me/tokens/${id}`,
          headers: { cookie, 'content-type': 'application/json' },
        })
      ).statusCode,
    ).toBe(204);
    expect((await ctx.app.inject({ url: '/api/v1/me', headers: bearer })).statusCode).toBe(401);
  });
});

describe('password reset', () => {
  const outboxText = async (to: string) => {
    const admin = await signIn(ctx.app, t.admin.email);
    const items = json(await ctx.app.inject({ url: '/api/v1/outbox?limit=200', headers: { cookie: admin } })).items as {
      to: string;
      text: string;
    }[];
    return items.find((m) => m.to === to)?.text ?? '';
  };

  it('always answers 202, mails a one-time link, and the link sets a new password once', async () => {
    expect(
      (
        await ctx.app.inject({
          method: 'POST',
          url: '/api/v1/auth/password-reset',
          payload: { email: 'nobody@example.test' },
        })
      ).statusCode,
    ).toBe(202);
    const old = await signIn(ctx.app, t.facilitator.email);
    expect(
      (
        await ctx.app.inject({
          method: 'POST',
          url: '/api/v1/auth/password-reset',
          payload: { email: t.facilitator.email },
        })
      ).statusCode,
    ).toBe(202);
    const token = /reset-password\?token=([\w-]+)/.exec(await outboxText(t.facilitator.email))?.[1];
    expect(token).toBeTruthy();

    const confirm = () =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password-reset/confirm',
        payload: { token, password: 'a brand new password' },
      });
    expect((await confirm()).statusCode).toBe(204);
    expect((await confirm()).statusCode).toBe(404);
    expect((await ctx.app.inject({ url: '/api/v1/me', headers: { cookie: old } })).statusCode).toBe(401);
    expect((await login(t.facilitator.email, 'a brand new password', '10.2.2.2')).statusCode).toBe(200);
  });
});

describe('session cookie and caching', () => {
  it('sends the cookie again when the session slides, so the browser keeps it while the person is active', async () => {
    const cookie = await signIn(ctx.app, t.coach.email);
    const fresh = await ctx.app.inject({ url: '/api/v1/me', headers: { cookie } });
    expect(fresh.cookies.find((c) => c.name === 'conecta_session')).toBeUndefined();
    await ctx.db
      .update(sessions)
      .set({ lastSeenAt: sql`now() - interval '2 days'` })
      .where(eq(sessions.userId, t.coach.id));
    const later = await ctx.app.inject({ url: '/api/v1/me', headers: { cookie } });
    expect(later.statusCode).toBe(200);
    const resent = later.cookies.find((c) => c.name === 'conecta_session');
    expect(resent).toMatchObject({ httpOnly: true, sameSite: 'Lax', maxAge: 7 * 24 * 60 * 60 });
    expect(`conecta_session=${resent!.value}`).toBe(cookie);
  });

  it('marks API responses no-store', async () => {
    const cookie = await signIn(ctx.app, t.coach.email);
    expect((await ctx.app.inject({ url: '/api/v1/me', headers: { cookie } })).headers['cache-control']).toBe(
      'no-store',
    );
  });
});

describe('password reset flooding', () => {
  it('sends at most 5 reset emails per account per hour, still answering 202', async () => {
    const target = t.teacher.email;
    for (let i = 0; i < 7; i++) {
      expect(
        (await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset', payload: { email: target } }))
          .statusCode,
      ).toBe(202);
    }
    const admin = await signIn(ctx.app, t.admin.email);
    const mails = json(
      await ctx.app.inject({ url: '/api/v1/outbox?limit=200', headers: { cookie: admin } }),
    ).items.filter((m: { to: string }) => m.to === target);
    expect(mails).toHaveLength(5);
  });
});

describe('session housekeeping', () => {
  it('removes expired sessions when someone signs in', async () => {
    await signIn(ctx.app, t.leader.email, TEST_PASSWORD, '10.3.3.3');
    await ctx.db
      .update(sessions)
      .set({ expiresAt: sql`now() - interval '1 day'` })
      .where(eq(sessions.userId, t.leader.id));
    await signIn(ctx.app, t.coach.email, TEST_PASSWORD, '10.3.3.4');
    const expired = await ctx.db.select().from(sessions).where(sql`${sessions.expiresAt} < now()`);
    expect(expired).toEqual([]);
  });
});
