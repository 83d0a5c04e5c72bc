import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTenant, signIn, type Tenant } from '../../../test/factories';
import { json, setupTestApp } from '../../../test/test-app';
import { auditEvents, communityFollows, communityMembers, communityOrganizations } from '../../db/schema';

/** A district admin takes the district out of another district's community (adr/0010). */
const ctx = setupTestApp();
let host: Tenant;
let guest: Tenant;
let outsider: Tenant;
const cookie = {} as Record<string, string>;

const as = (who: string) => ({
  get: (url: string) => ctx.app.inject({ url: `/api/v1${url}`, headers: { cookie: cookie[who]! } }),
  send: (method: 'POST' | 'DELETE' | 'PATCH', url: string, payload?: object) =>
    ctx.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { cookie: cookie[who]!, ...(payload ? {} : { 'x-requested-with': 'conecta' }) },
      ...(payload && { payload }),
    }),
});

beforeAll(async () => {
  [host, guest, outsider] = [await buildTenant(ctx.db), await buildTenant(ctx.db), await buildTenant(ctx.db)];
  for (const [name, t] of [
    ['host', host],
    ['guest', guest],
    ['outsider', outsider],
  ] as const)
    for (const role of ['admin', 'facilitator', 'teacher'] as const)
      cookie[`${name}.${role}`] = await signIn(ctx.app, t[role].email);
}, 60_000);

/** A cross-district community of the host that the guest district opted into; the guest's teacher posted. */
async function sharedCommunity() {
  const created = await as('host.facilitator').send('POST', '/communities', { name: 'Ratios', crossDistrict: true });
  const community = json<{ id: string; joinCode: string }>(created);
  expect(
    (await as('guest.admin').send('POST', '/communities/opt-ins', { joinCode: community.joinCode })).statusCode,
  ).toBe(200);
  expect((await as('guest.teacher').send('POST', `/communities/${community.id}/membership`, {})).statusCode).toBe(200);
  const thread = json<{ id: string }>(
    await as('guest.teacher').send('POST', `/communities/${community.id}/threads`, {
      title: 'Tape diagrams',
      body: 'How do you introduce them?',
    }),
  );
  return { ...community, threadId: thread.id };
}

describe('a district leaves a community it opted into', () => {
  it('ends its memberships and follows; its people get 404 there; its posts stay; audited', async () => {
    const community = await sharedCommunity();
    // Only the guest district's admin is offered the way out.
    const offered = async (who: string) =>
      json<{ mayOptOut: boolean }>(await as(who).get(`/communities/${community.id}`)).mayOptOut;
    expect(await offered('guest.admin')).toBe(true);
    expect(await offered('guest.teacher')).toBe(false);
    expect(await offered('host.admin')).toBe(false);
    const response = await as('guest.admin').send('DELETE', `/communities/${community.id}/opt-in`);
    expect(response.statusCode, response.body).toBe(204);

    expect((await as('guest.teacher').get(`/communities/${community.id}`)).statusCode).toBe(404);
    expect((await as('guest.teacher').get(`/threads/${community.threadId}`)).statusCode).toBe(404);
    const listed = json<{ items: { id: string }[] }>(await as('guest.teacher').get('/communities')).items;
    expect(listed.map((item) => item.id)).not.toContain(community.id);
    const left = await ctx.db
      .select()
      .from(communityMembers)
      .where(and(eq(communityMembers.communityId, community.id), eq(communityMembers.organizationId, guest.org.id)));
    expect(left).toEqual([]);
    expect(
      await ctx.db.select().from(communityFollows).where(eq(communityFollows.organizationId, guest.org.id)),
    ).toEqual([]);
    const districts = await ctx.db
      .select()
      .from(communityOrganizations)
      .where(eq(communityOrganizations.communityId, community.id));
    expect(districts.map((d) => d.organizationId)).toEqual([host.org.id]);

    // The host's people still read the thread the guest's teacher started.
    const thread = await as('host.facilitator').get(`/threads/${community.threadId}`);
    expect(thread.statusCode).toBe(200);
    expect(thread.body).toContain('Tape diagrams');

    const [audit] = await ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organizationId, guest.org.id), eq(auditEvents.action, 'community.opted-out')));
    expect(audit).toMatchObject({ targetId: community.id, data: { memberships: 1 } });

    // The join code still works: the district may come back.
    expect(
      (await as('guest.admin').send('POST', '/communities/opt-ins', { joinCode: community.joinCode })).statusCode,
    ).toBe(200);
  });

  it('only a district admin, only of a district in it, and never the host (403, 404, 409)', async () => {
    const community = await sharedCommunity();
    expect((await as('guest.teacher').send('DELETE', `/communities/${community.id}/opt-in`)).statusCode).toBe(403);
    expect((await as('guest.facilitator').send('DELETE', `/communities/${community.id}/opt-in`)).statusCode).toBe(403);
    expect((await as('outsider.admin').send('DELETE', `/communities/${community.id}/opt-in`)).statusCode).toBe(404);
    const hosting = await as('host.admin').send('DELETE', `/communities/${community.id}/opt-in`);
    expect(hosting.statusCode).toBe(409);
    expect(hosting.headers['content-type']).toMatch(/problem\+json/);
    const districts = await ctx.db
      .select()
      .from(communityOrganizations)
      .where(eq(communityOrganizations.communityId, community.id));
    expect(districts).toHaveLength(2);
  });

  it('refuses (409) while every facilitator is from the leaving district, and changes nothing', async () => {
    const community = await sharedCommunity();
    // The guest's teacher facilitates; the host's creator steps down to member.
    await ctx.db
      .update(communityMembers)
      .set({ role: 'facilitator' })
      .where(and(eq(communityMembers.communityId, community.id), eq(communityMembers.userId, guest.teacher.id)));
    await ctx.db
      .update(communityMembers)
      .set({ role: 'member' })
      .where(and(eq(communityMembers.communityId, community.id), eq(communityMembers.userId, host.facilitator.id)));
    const refused = await as('guest.admin').send('DELETE', `/communities/${community.id}/opt-in`);
    expect(refused.statusCode).toBe(409);
    expect(json(refused).detail).toMatch(/Every facilitator/);
    expect((await as('guest.teacher').get(`/communities/${community.id}`)).statusCode).toBe(200);
  });
});
