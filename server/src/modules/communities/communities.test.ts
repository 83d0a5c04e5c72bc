import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPlan, buildTenant, buildUser, signIn, type Tenant } from '../../../test/factories';
import { json, setupTestApp } from '../../../test/test-app';
import { mailOutbox, notifications, organizations } from '../../db/schema';

const ctx = setupTestApp();
let a: Tenant;
let b: Tenant;
let c: Tenant;
const cookie = {} as Record<string, string>;
/** Every response body the tests saw: none may carry an email or a foreign person's id. */
const seen: string[] = [];

const as = (who: string) => ({
  get: async (url: string) => {
    const r = await ctx.app.inject({ url: `/api/v1${url}`, headers: { cookie: cookie[who]! } });
    seen.push(r.body);
    return r;
  },
  send: async (method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload: object = {}) => {
    const r = await ctx.app.inject({ method, url: `/api/v1${url}`, headers: { cookie: cookie[who]! }, payload });
    seen.push(r.body);
    return r;
  },
});
const ok = <T = any>(r: { statusCode: number; body: string; json: () => unknown }, status = 200): T => {
  expect(r.statusCode, r.body).toBe(status);
  return (r.body ? r.json() : null) as T;
};

beforeAll(async () => {
  a = await buildTenant(ctx.db);
  b = await buildTenant(ctx.db);
  c = await buildTenant(ctx.db);
  await ctx.db.update(organizations).set({ country: 'CL' }).where(eq(organizations.id, a.org.id));
  await ctx.db.update(organizations).set({ country: 'MX' }).where(eq(organizations.id, b.org.id));
  for (const [name, t] of [
    ['a', a],
    ['b', b],
    ['c', c],
  ] as const)
    for (const role of ['admin', 'facilitator', 'teacher', 'coach', 'otherTeacher'] as const)
      cookie[`${name}.${role}`] = await signIn(ctx.app, t[role].email);
}, 60_000);

describe('communities', () => {
  let local: { id: string };
  let cross: { id: string; joinCode: string };

  it('a facilitator starts a community in their district; teachers see it, can join, and leave', async () => {
    local = ok(
      await as('a.facilitator').send('POST', '/communities', { name: 'Grade 7 maths', description: 'Ratios' }),
      201,
    );
    expect(local).toMatchObject({ crossDistrict: false, isMember: true, myRole: 'facilitator', joinCode: null });
    ok(await as('a.teacher').send('POST', '/communities', { name: 'Mine' }), 403);

    const list = ok(await as('a.teacher').get('/communities'));
    expect(list.items.find((i: { id: string }) => i.id === local.id)).toMatchObject({ isMember: false, myRole: null });
    expect(ok(await as('a.teacher').send('POST', `/communities/${local.id}/membership`))).toMatchObject({
      isMember: true,
    });
    expect(ok(await as('a.teacher').get(`/communities/${local.id}/members`)).items).toHaveLength(2);
    // Another district does not know it exists.
    ok(await as('b.admin').get(`/communities/${local.id}`), 404);
    ok(await as('b.teacher').send('POST', `/communities/${local.id}/membership`), 404);
    // The only facilitator cannot leave; a member can.
    ok(await as('a.facilitator').send('DELETE', `/communities/${local.id}/membership`), 409);
    ok(await as('a.otherTeacher').send('POST', `/communities/${local.id}/membership`));
    ok(await as('a.otherTeacher').send('DELETE', `/communities/${local.id}/membership`), 204);
    ok(await as('a.otherTeacher').get(`/communities/${local.id}/threads`), 403);
  });

  it('a cross-district community: other districts opt in with the join code; members see name, school and country only', async () => {
    cross = ok(
      await as('a.facilitator').send('POST', '/communities', { name: 'Andes network', crossDistrict: true }),
      201,
    );
    expect(cross.joinCode).toMatch(/^[2-9A-Z]{10}$/);
    ok(await as('b.admin').get(`/communities/${cross.id}`), 404);
    ok(await as('b.teacher').send('POST', '/communities/opt-ins', { joinCode: cross.joinCode }), 403);
    ok(await as('b.admin').send('POST', '/communities/opt-ins', { joinCode: 'NOSUCHCODE' }), 422);
    // A local community's code does not exist; the cross one's does.
    const joined = ok(
      await as('b.admin').send('POST', '/communities/opt-ins', { joinCode: cross.joinCode.toLowerCase() }),
    );
    expect(joined.joinCode).toBeNull();
    expect(joined.districts).toEqual([
      { name: a.org.name, country: 'CL', host: true },
      { name: b.org.name, country: 'MX', host: false },
    ]);
    ok(await as('b.teacher').send('POST', `/communities/${cross.id}/membership`));
    ok(await as('a.teacher').send('POST', `/communities/${cross.id}/membership`));
    // District C did not opt in.
    ok(await as('c.admin').get(`/communities/${cross.id}`), 404);
    expect(ok(await as('c.teacher').get('/communities')).items.map((i: { id: string }) => i.id)).not.toContain(
      cross.id,
    );

    const members = ok(await as('b.teacher').get(`/communities/${cross.id}/members`)).items;
    expect(members).toContainEqual({
      name: a.teacher.name,
      schoolName: a.school.name,
      country: 'CL',
      you: false,
      role: 'member',
    });
    expect(members).toContainEqual({
      name: b.teacher.name,
      schoolName: b.school.name,
      country: 'MX',
      you: true,
      role: 'member',
    });
    for (const m of members) expect(Object.keys(m).sort()).toEqual(['country', 'name', 'role', 'schoolName', 'you']);
  });

  let threadId: string;
  let openingId: string;
  it('threads: a member opens one sharing a snapshot of their own plan; others’ artefacts are refused', async () => {
    const plan = await buildPlan(ctx.db, a.org.id, a.teacher.id, {
      title: 'Ratio tables',
      content: { objectives: ['Students compare ratios with tables'], segments: [] } as never,
    });
    const foreign = await buildPlan(ctx.db, a.org.id, a.coach.id);
    ok(await as('a.coach').send('POST', `/communities/${cross.id}/threads`, { title: 'x', body: 'y' }), 403);
    ok(
      await as('a.teacher').send('POST', `/communities/${cross.id}/threads`, {
        title: 'Ratios',
        body: 'How do you start?',
        artefact: { type: 'plan', id: foreign.id },
      }),
      422,
    );
    ok(
      await as('a.teacher').send('POST', `/communities/${cross.id}/threads`, {
        title: 'Ratios',
        body: 'x',
        artefact: { type: 'inquiry', id: plan.id },
      }),
      422,
    );
    const thread = ok(
      await as('a.teacher').send('POST', `/communities/${cross.id}/threads`, {
        title: 'Ratio tables that stick',
        body: 'I am puzzled: my students fill ratio tables but cannot explain them. Why does this happen?',
        artefact: { type: 'plan', id: plan.id },
      }),
      201,
    );
    threadId = thread.id;
    expect(thread).toMatchObject({
      communityId: cross.id,
      title: 'Ratio tables that stick',
      artefact: { type: 'plan', title: 'Ratio tables', summary: 'Students compare ratios with tables' },
      following: true,
      postCount: 1,
      flags: null,
      canModerate: false,
    });
    ok(await as('c.teacher').get(`/threads/${threadId}`), 404);
    const listed = ok(await as('b.teacher').get(`/communities/${cross.id}/threads`));
    expect(listed.items[0]).toMatchObject({
      id: threadId,
      flags: null,
      author: { name: a.teacher.name, country: 'CL' },
    });
    const facilitatorView = ok(await as('a.facilitator').get(`/communities/${cross.id}/threads`));
    expect(facilitatorView.items[0].flags).toEqual({ stuckInExploration: false, facilitatorDominance: false });
    openingId = ok(await as('b.teacher').get(`/threads/${threadId}/posts`)).items[0].id;
  });

  it('replies one level deep, reactions once per kind, follow, report; followers are notified', async () => {
    const reply = ok(
      await as('b.teacher').send('POST', `/threads/${threadId}/posts`, {
        body: 'We tried asking them to explain one row to a partner first.',
        parentId: openingId,
      }),
      201,
    );
    expect(reply).toMatchObject({ parentId: openingId, mine: true, author: { country: 'MX', you: true } });
    ok(await as('a.teacher').send('POST', `/threads/${threadId}/posts`, { body: 'Deeper', parentId: reply.id }), 422);

    // The thread's author follows it and hears of the reply, in their own district.
    const [told] = await ctx.db.select().from(notifications).where(eq(notifications.userId, a.teacher.id));
    expect(told).toMatchObject({
      kind: 'community.reply',
      organizationId: a.org.id,
      link: `/communities/threads/${threadId}`,
    });

    ok(await as('a.teacher').send('PUT', `/posts/${reply.id}/reactions/helpful`));
    const twice = ok(await as('a.teacher').send('PUT', `/posts/${reply.id}/reactions/helpful`));
    expect(twice).toEqual({ reactions: { helpful: 1, 'tried-it': 0, thanks: 0 }, myReactions: ['helpful'] });
    expect(ok(await as('a.teacher').send('DELETE', `/posts/${reply.id}/reactions/helpful`)).reactions.helpful).toBe(0);
    ok(await as('a.teacher').send('PUT', `/posts/${reply.id}/reactions/wow`), 400);

    ok(await as('b.teacher').send('POST', `/threads/${threadId}/unfollow`), 204);
    expect(ok(await as('b.teacher').get(`/threads/${threadId}`)).following).toBe(false);
    ok(await as('b.teacher').send('POST', `/threads/${threadId}/follow`), 204);

    ok(await as('a.teacher').send('POST', `/posts/${reply.id}/reports`, { reason: 'Off topic' }), 201);
    ok(await as('a.teacher').send('POST', `/posts/${reply.id}/reports`, { reason: 'Again' }), 409);
    const posts = ok(await as('a.facilitator').get(`/threads/${threadId}/posts`)).items;
    expect(posts[1].reportCount).toBe(1);
    expect(ok(await as('a.teacher').get(`/threads/${threadId}/posts`)).items[1].reportCount).toBeNull();

    // Only the author edits.
    ok(await as('a.teacher').send('PATCH', `/posts/${reply.id}`, { body: 'Changed' }), 403);
    expect(
      ok(await as('b.teacher').send('PATCH', `/posts/${reply.id}`, { body: 'We tried partner talk first.' })),
    ).toMatchObject({
      body: 'We tried partner talk first.',
    });
  });

  it('facilitators hide posts and lock threads; members cannot', async () => {
    const posts = ok(await as('a.teacher').get(`/threads/${threadId}/posts`)).items;
    const replyId = posts[1].id;
    ok(await as('a.teacher').send('POST', `/posts/${replyId}/hide`), 403);
    expect(ok(await as('a.facilitator').send('POST', `/posts/${replyId}/hide`))).toMatchObject({ hidden: true });
    const hidden = ok(await as('a.teacher').get(`/threads/${threadId}/posts`)).items[1];
    expect(hidden).toMatchObject({ hidden: true, body: null });
    expect(ok(await as('a.facilitator').get(`/threads/${threadId}/posts`)).items[1].body).toBe(
      'We tried partner talk first.',
    );
    ok(await as('a.facilitator').send('POST', `/posts/${replyId}/unhide`));

    ok(await as('b.teacher').send('POST', `/threads/${threadId}/lock`), 403);
    expect(ok(await as('a.facilitator').send('POST', `/threads/${threadId}/lock`)).locked).toBe(true);
    ok(await as('b.teacher').send('POST', `/threads/${threadId}/posts`, { body: 'Late' }), 409);
    ok(await as('a.facilitator').send('POST', `/threads/${threadId}/unlock`));
  });

  it('CoI: every post has draft codes; facilitators read the profile and confirm or correct codes', async () => {
    ok(await as('a.teacher').get(`/threads/${threadId}/coi`), 403);
    ok(await as('c.admin').get(`/threads/${threadId}/coi`), 404);
    const coi = ok(await as('a.facilitator').get(`/threads/${threadId}/coi`));
    expect(coi.posts).toBe(2);
    expect(Object.keys(coi.phaseShares).sort()).toEqual(['exploration', 'integration', 'resolution', 'triggering']);
    const opening = coi.items[0];
    expect(opening.coder).toMatch(/^auto:/);
    expect(opening.status).toBe('draft');
    for (const code of opening.codes)
      expect(opening.body.slice(code.evidence.start, code.evidence.end)).toBe(code.evidence.text);

    const body = opening.body as string;
    const start = body.indexOf('puzzled');
    const code = {
      presence: 'cognitive',
      category: 'triggering',
      indicator: 'puzzlement',
      phase: 'triggering',
      evidence: { start, end: start + 'puzzled'.length, text: 'puzzled' },
      confidence: 1,
    };
    ok(
      await as('a.teacher').send('PUT', `/posts/${opening.postId}/codes`, { phase: 'triggering', codes: [code] }),
      403,
    );
    ok(
      await as('a.facilitator').send('PUT', `/posts/${opening.postId}/codes`, {
        phase: 'triggering',
        codes: [{ ...code, evidence: { ...code.evidence, text: 'elsewhere' } }],
      }),
      422,
    );
    const saved = ok(
      await as('a.facilitator').send('PUT', `/posts/${opening.postId}/codes`, { phase: 'triggering', codes: [code] }),
    );
    expect(saved).toMatchObject({ status: 'confirmed', coder: 'person', phase: 'triggering' });
  });

  it('flags a thread stuck in exploration after 8 posts, and a facilitator who dominates', async () => {
    const t = ok(
      await as('a.facilitator').send('POST', `/communities/${local.id}/threads`, {
        title: 'Exit tickets',
        body: 'What do you use for exit tickets?',
      }),
      201,
    );
    for (let i = 0; i < 7; i++)
      ok(
        await as(i % 2 ? 'a.facilitator' : 'a.teacher').send('POST', `/threads/${t.id}/posts`, {
          body: `I use index cards, number ${i}. Another idea: a quick poll.`,
        }),
        201,
      );
    const coi = ok(await as('a.facilitator').get(`/threads/${t.id}/coi`));
    expect(coi.posts).toBe(8);
    expect(coi.flags.facilitatorDominance).toBe(true);
    expect(coi.phaseShares.integration + coi.phaseShares.resolution < 0.1).toBe(coi.flags.stuckInExploration);
    const summary = ok(await as('a.facilitator').get('/communities')).items.find(
      (i: { id: string }) => i.id === local.id,
    );
    expect(summary.flaggedThreads).toBeGreaterThanOrEqual(1);
    expect(
      ok(await as('a.teacher').get('/communities')).items.find((i: { id: string }) => i.id === local.id).flaggedThreads,
    ).toBeNull();
  });

  it('the weekly digest: one email per person per ISO week listing followed threads with new posts', async () => {
    const mailsTo = async (email: string) =>
      (await ctx.db.select().from(mailOutbox).where(eq(mailOutbox.to, email))).filter(
        (m) => m.subject.includes('communities') || m.subject.includes('comunidades'),
      );
    // The first Monday 08:00 UTC after the posts were made: they are within the past week. (On a
    // Monday before 08:00 that is today, not next week, when they would be eight days old.)
    const now = new Date();
    const day = now.getUTCDay() || 7;
    let monday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + ((8 - day) % 7), 8));
    if (monday <= now) monday = new Date(monday.getTime() + 7 * 86_400_000);
    const before = new Date(monday.getTime() - 3_600_000 * 2);
    await ctx.app.services.worker({ now: () => before, workerId: 'digest-early' }).tick();
    expect(await mailsTo(a.teacher.email)).toHaveLength(0);

    const clock = { now: monday };
    const worker = ctx.app.services.worker({ now: () => clock.now, workerId: 'digest' });
    await worker.tick();
    const mails = await mailsTo(a.teacher.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain('Ratio tables that stick');
    expect(mails[0]!.text).toContain(`/communities/threads/${threadId}`);
    // b.teacher follows the same thread; a reply of their own does not count, a.teacher's posts do.
    // Later that week, another pass (another instance) sends nobody a second digest.
    clock.now = new Date(monday.getTime() + 2 * 86_400_000);
    await ctx.app.services.worker({ now: () => clock.now, workerId: 'digest-2' }).tick();
    expect(await mailsTo(a.teacher.email)).toHaveLength(1);
  });

  it('no community response ever carries an email address or another person’s id', async () => {
    const everyone = [a, b, c].flatMap((t) => [t.admin, t.teacher, t.coach, t.facilitator, t.otherTeacher, t.leader]);
    const text = seen.join('\n');
    expect(seen.length).toBeGreaterThan(40);
    expect(text).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
    for (const person of everyone) expect(text).not.toContain(person.id);
    for (const t of [b, c]) {
      expect(text).not.toContain(t.org.id);
      expect(text).not.toContain(t.school.id);
    }
  });
});

describe('country of a district', () => {
  it('a district admin sets it; the organization shows it', async () => {
    const admin = await buildUser(ctx.db, c.org.id, { roles: [{ role: 'district_admin' }] });
    const session = await signIn(ctx.app, admin.email);
    const r = await ctx.app.inject({
      method: 'PATCH',
      url: '/api/v1/organization',
      headers: { cookie: session },
      payload: { country: 'US' },
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(json(r).country).toBe('US');
    const bad = await ctx.app.inject({
      method: 'PATCH',
      url: '/api/v1/organization',
      headers: { cookie: session },
      payload: { country: 'usa' },
    });
    expect(bad.statusCode).toBe(400);
  });
});
