import { sign, unsign } from '@fastify/cookie';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPlan, buildTenant, signIn, type Tenant } from '../../../test/factories';
import { json, setupTestApp } from '../../../test/test-app';
import { credentialIssuerKeys, issuedCredentials } from '../../db/schema';
import { CHECKS, passingAttempt } from './credentials.test-data';
import { newIssuerKey, openIssuerKey, openIssuerKeyRotating } from './vc/keys';

/**
 * Rotating SESSION_SECRET (SESSION_SECRET_PREVIOUS): people stay signed in, and a district's
 * signing key sealed under the old secret still signs, and is sealed again under the new one.
 */
const OLD = 'the-old-session-secret-of-this-district-000';
const NEW = 'the-new-session-secret-of-this-district-111';
const ctx = setupTestApp({ sessionSecret: NEW, previousSessionSecret: OLD });
let t: Tenant;

beforeAll(async () => {
  t = await buildTenant(ctx.db);
}, 60_000);

describe('rotating the session secret', () => {
  it('a cookie signed with the previous secret still signs in; one signed with neither does not', async () => {
    const cookie = await signIn(ctx.app, t.teacher.email);
    const signed = decodeURIComponent(cookie.slice('conecta_session='.length));
    const token = unsign(signed, NEW);
    expect(token.valid).toBe(true);
    const me = (value: string) =>
      ctx.app.inject({ url: '/api/v1/me', headers: { cookie: `conecta_session=${encodeURIComponent(value)}` } });
    expect((await me(sign(token.value!, OLD))).statusCode).toBe(200);
    expect((await me(sign(token.value!, 'some-other-secret-nobody-configured-222'))).statusCode).toBe(401);
  });

  it('a key sealed under the previous secret signs the next badge and is sealed again under the new one', async () => {
    const old = newIssuerKey(OLD, t.org.id);
    await ctx.db.insert(credentialIssuerKeys).values({ organizationId: t.org.id, ...old });
    const [coach, teacher] = await Promise.all([signIn(ctx.app, t.coach.email), signIn(ctx.app, t.teacher.email)]);
    const send = (cookie: string, method: 'POST' | 'PUT', url: string, payload: object = {}) =>
      ctx.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, payload });
    const mc = json(await send(coach, 'POST', '/credentials', CHECKS));
    const plan = await buildPlan(ctx.db, t.org.id, t.teacher.id);
    const { submissionId, submitted, reviewed } = await passingAttempt(send, { teacher, coach }, mc.id, plan.id);
    expect(submitted.statusCode).toBe(200);
    expect(reviewed.statusCode, reviewed.body).toBe(200);

    const [issued] = await ctx.db
      .select()
      .from(issuedCredentials)
      .where(eq(issuedCredentials.submissionId, submissionId));
    expect(issued).toBeDefined();
    const check = json(await ctx.app.inject({ url: `/api/v1/public/credentials/${issued!.id}` }));
    expect(check.verified).toBe(true);

    const [row] = await ctx.db
      .select()
      .from(credentialIssuerKeys)
      .where(eq(credentialIssuerKeys.organizationId, t.org.id));
    // The same key (so badges already issued still verify), now opened by the new secret alone.
    expect(row!.publicKeyMultibase).toBe(old.publicKeyMultibase);
    expect(row!.sealedPrivateKey).not.toBe(old.sealedPrivateKey);
    expect(() => openIssuerKey(NEW, t.org.id, row!.sealedPrivateKey)).not.toThrow();
    expect(() => openIssuerKey(OLD, t.org.id, row!.sealedPrivateKey)).toThrow();
  });

  it('at start, every key still under the previous secret is sealed again; one under neither is reported', async () => {
    const [a, b, c] = [await buildTenant(ctx.db), await buildTenant(ctx.db), await buildTenant(ctx.db)];
    const keys = {
      a: newIssuerKey(OLD, a.org.id),
      b: newIssuerKey(NEW, b.org.id),
      c: newIssuerKey('a-secret-from-long-ago-of-this-district-333', c.org.id),
    };
    await ctx.db.insert(credentialIssuerKeys).values([
      { organizationId: a.org.id, ...keys.a },
      { organizationId: b.org.id, ...keys.b },
      { organizationId: c.org.id, ...keys.c },
    ]);
    const result = await ctx.app.services.credentials.resealIssuerKeys();
    expect(result).toEqual({ resealed: 1, unopened: [c.org.id] });
    const sealedOf = async (organizationId: string) =>
      (
        await ctx.db.select().from(credentialIssuerKeys).where(eq(credentialIssuerKeys.organizationId, organizationId))
      )[0]!.sealedPrivateKey;
    const resealedA = await sealedOf(a.org.id);
    expect(() => openIssuerKey(NEW, a.org.id, resealedA)).not.toThrow();
    expect(await sealedOf(b.org.id)).toBe(keys.b.sealedPrivateKey);
    expect(await sealedOf(c.org.id)).toBe(keys.c.sealedPrivateKey);
    // A second start has nothing left to do.
    expect(await ctx.app.services.credentials.resealIssuerKeys()).toEqual({ resealed: 0, unopened: [c.org.id] });
  });

  it('a key sealed under a secret that is neither says which setting to fix', () => {
    const sealed = newIssuerKey('a-secret-from-long-ago-of-this-district-333', t.org.id).sealedPrivateKey;
    expect(() => openIssuerKeyRotating({ current: NEW, previous: OLD }, t.org.id, sealed)).toThrow(
      /SESSION_SECRET_PREVIOUS/,
    );
    expect(() => openIssuerKeyRotating({ current: NEW }, t.org.id, sealed)).toThrow(/SESSION_SECRET_PREVIOUS/);
    const current = newIssuerKey(NEW, t.org.id).sealedPrivateKey;
    expect(openIssuerKeyRotating({ current: NEW, previous: OLD }, t.org.id, current).withPrevious).toBe(false);
  });
});
