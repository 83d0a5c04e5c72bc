import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseDisposition } from 'content-disposition';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPlan, buildTenant, buildUser, signIn, type Tenant } from '../../../test/factories';
import { multipart, TINY_PNG } from '../../../test/multipart';
import { json, setupTestApp } from '../../../test/test-app';
import { lessonPlans, studentWorkSamples, studentWorkScores, teamMembers, teams } from '../../db/schema';
import { studentWorkArtefactReaderFrom, studentWorkReaderFrom, unitArtefactReaderFrom } from './index';

const ctx = setupTestApp({ dataDir: mkdtempSync(join(tmpdir(), 'conecta-units-')) });
let t: Tenant;
let other: Tenant;
type Person = { id: string; name: string; email: string; cookie: string };
let teacher: Person;
let mate: Person;
let outsider: Person;
let leader: string;
let otherTeacher: string;

const person = async (tenant: Tenant, name: string, team = true): Promise<Person> => {
  const user = await buildUser(ctx.db, tenant.org.id, {
    name,
    roles: [{ role: 'teacher', schoolId: tenant.school.id }],
  });
  if (team)
    await ctx.db.insert(teamMembers).values({ organizationId: tenant.org.id, teamId: tenant.team.id, userId: user.id });
  return { id: user.id, name, email: user.email, cookie: await signIn(ctx.app, user.email) };
};

beforeAll(async () => {
  t = await buildTenant(ctx.db);
  other = await buildTenant(ctx.db);
  teacher = {
    id: t.teacher.id,
    name: t.teacher.name,
    email: t.teacher.email,
    cookie: await signIn(ctx.app, t.teacher.email),
  };
  mate = await person(t, 'Marisol Ortega');
  outsider = await person(t, 'Olga Outside', false);
  leader = await signIn(ctx.app, t.leader.email);
  otherTeacher = await signIn(ctx.app, other.teacher.email);
}, 60_000);

const as = (cookie: string) => ({
  get: (url: string) => ctx.app.inject({ url: `/api/v1${url}`, headers: { cookie } }),
  send: (method: 'POST' | 'PUT' | 'DELETE', url: string, payload: object = {}) =>
    ctx.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, payload }),
  upload: (teamId: string, fields: Record<string, string>, file?: { name: string; type: string; data: Buffer }) => {
    const body = multipart(fields, file);
    return ctx.app.inject({
      method: 'POST',
      url: `/api/v1/teams/${teamId}/student-work`,
      headers: { cookie, ...body.headers },
      payload: body.payload,
    });
  },
});

const unitBody = (overrides: object = {}) => ({
  teamId: t.team.id,
  title: 'Ratios and proportional reasoning',
  standards: ['CCSS.MATH.CONTENT.6.RP.A.1', 'CCSS.MATH.CONTENT.6.RP.A.3'],
  bigIdeas: ['A ratio compares two quantities.'],
  assessments: ['End-of-unit task: planning a class trip.'],
  sequence: [{ title: 'What is a ratio?' }, { title: 'Tables of equivalent ratios' }],
  curriculumSource: 'Illustrative Mathematics, grade 6, unit 2',
  ...overrides,
});
const newUnit = async (overrides: object = {}) => {
  const response = await as(teacher.cookie).send('POST', '/units', unitBody(overrides));
  expect(response.statusCode, response.body).toBe(201);
  return json(response);
};

describe('units', () => {
  it('a team member makes a unit; the team reads and edits it; no one else knows it exists', async () => {
    const unit = await newUnit();
    expect(unit).toMatchObject({ teamId: t.team.id, version: 1 });
    expect(unit.sequence[0]).toEqual({ title: 'What is a ratio?', planId: null });
    expect((await as(mate.cookie).get(`/units/${unit.id}`)).statusCode).toBe(200);
    for (const cookie of [outsider.cookie, leader, otherTeacher])
      expect((await as(cookie).get(`/units/${unit.id}`)).statusCode).toBe(404);
    const listed = json(await as(mate.cookie).get(`/units?teamId=${t.team.id}`));
    expect(listed.items.map((u: { id: string }) => u.id)).toContain(unit.id);
    expect(json(await as(outsider.cookie).get('/units')).items).toEqual([]);

    const saved = await as(mate.cookie).send('PUT', `/units/${unit.id}`, {
      ...unitBody(),
      title: 'Ratios',
      version: 1,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(json(saved)).toMatchObject({ title: 'Ratios', version: 2 });
    const foreignPlan = await buildPlan(ctx.db, t.org.id, teacher.id);
    const linked = await as(mate.cookie).send('PUT', `/units/${unit.id}`, {
      ...unitBody({ sequence: [{ title: 'Mine', planId: foreignPlan.id }] }),
      version: 2,
    });
    expect(linked.statusCode).toBe(422);
    expect(json(linked).errors[0].path).toBe('sequence.0.planId');
    const stale = await as(teacher.cookie).send('PUT', `/units/${unit.id}`, { ...unitBody(), version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(json(stale).currentVersion).toBe(2);
    expect((await as(outsider.cookie).send('PUT', `/units/${unit.id}`, { ...unitBody(), version: 2 })).statusCode).toBe(
      404,
    );
  });

  it('only for a team the caller belongs to', async () => {
    const response = await as(outsider.cookie).send('POST', '/units', unitBody());
    expect(response.statusCode).toBe(422);
    expect(json(response).errors[0].path).toBe('teamId');
    expect((await as(teacher.cookie).send('POST', '/units', unitBody({ teamId: other.team.id }))).statusCode).toBe(422);
  });

  it('plans a lesson from a step: a team-shared plan with the unit standards, linked into the sequence', async () => {
    const unit = await newUnit();
    const response = await as(mate.cookie).send('POST', `/units/${unit.id}/plans`, { sequenceIndex: 1 });
    expect(response.statusCode, response.body).toBe(201);
    const { unit: updated, planId } = json(response);
    expect(updated.sequence[1]).toEqual({ title: 'Tables of equivalent ratios', planId });
    expect(updated.version).toBe(2);
    const plan = json(await as(mate.cookie).get(`/lesson-plans/${planId}`));
    expect(plan).toMatchObject({ ownerId: mate.id, visibility: 'team', standards: unitBody().standards });
    expect(plan.title).toContain('Tables of equivalent ratios');
    // Planned steps stay planned; a step that does not exist is a 422.
    expect((await as(teacher.cookie).send('POST', `/units/${unit.id}/plans`, { sequenceIndex: 1 })).statusCode).toBe(
      409,
    );
    expect((await as(teacher.cookie).send('POST', `/units/${unit.id}/plans`, { sequenceIndex: 9 })).statusCode).toBe(
      422,
    );
    const appended = json(await as(teacher.cookie).send('POST', `/units/${unit.id}/plans`, {}));
    expect(appended.unit.sequence).toHaveLength(3);
    expect((await as(outsider.cookie).send('POST', `/units/${unit.id}/plans`, {})).statusCode).toBe(404);
  });
});

describe('shared plans', () => {
  it('are read-only to teammates, who may copy them into a private plan of their own', async () => {
    const shared = await buildPlan(ctx.db, t.org.id, teacher.id, { visibility: 'team', classId: t.teacherClass.id });
    const read = await as(mate.cookie).get(`/lesson-plans/${shared.id}`);
    expect(read.statusCode).toBe(200);
    const edit = await as(mate.cookie).send('PUT', `/lesson-plans/${shared.id}`, {
      title: 'Mine now',
      objectives: [],
      segments: [],
      version: 1,
    });
    expect(edit.statusCode).toBe(403);

    const copy = await as(mate.cookie).send('POST', `/lesson-plans/${shared.id}/copies`);
    expect(copy.statusCode, copy.body).toBe(201);
    expect(json(copy)).toMatchObject({
      ownerId: mate.id,
      visibility: 'private',
      copiedFrom: shared.id,
      classId: null,
      title: shared.title,
      objectives: ['Students will understand fractions'],
    });
    const [source] = await ctx.db.select().from(lessonPlans).where(eq(lessonPlans.id, shared.id));
    expect(source!.version).toBe(1);
    // The copy is the copier's: they edit it; the original's owner does not see it.
    expect((await as(teacher.cookie).get(`/lesson-plans/${json(copy).id}`)).statusCode).toBe(404);
  });

  it('cannot be copied by someone who may not read them', async () => {
    const privatePlan = await buildPlan(ctx.db, t.org.id, teacher.id, { visibility: 'private' });
    const shared = await buildPlan(ctx.db, t.org.id, teacher.id, { visibility: 'team' });
    expect((await as(mate.cookie).send('POST', `/lesson-plans/${privatePlan.id}/copies`)).statusCode).toBe(404);
    expect((await as(outsider.cookie).send('POST', `/lesson-plans/${shared.id}/copies`)).statusCode).toBe(404);
    expect((await as(leader).send('POST', `/lesson-plans/${shared.id}/copies`)).statusCode).toBe(404);
    expect((await as(otherTeacher).send('POST', `/lesson-plans/${shared.id}/copies`)).statusCode).toBe(404);
  });
});

describe('comments with @mentions', () => {
  const unread = async (cookie: string) =>
    json(await as(cookie).get('/notifications?unread=true')).items.filter(
      (n: { kind: string }) => n.kind === 'comment.mention',
    );

  it('a mention by name or by picker notifies each teammate once', async () => {
    const unit = await newUnit();
    const third = await person(t, 'Bo Chen');
    const before = (await unread(mate.cookie)).length;
    const response = await as(teacher.cookie).send('POST', '/comments', {
      targetType: 'unit',
      targetId: unit.id,
      section: 'sequence.1',
      body: '@marisol ortega could you draft this one? @Marisol Ortega and @Olga Outside too',
      mentionIds: [third.id],
    });
    expect(response.statusCode, response.body).toBe(201);
    const comment = json(response);
    expect(comment.mentions.map((m: Person) => m.id).sort()).toEqual([mate.id, third.id].sort());
    const notes = await unread(mate.cookie);
    expect(notes).toHaveLength(before + 1);
    expect(notes[0]).toMatchObject({ link: `/units/${unit.id}?section=sequence.1` });
    expect(notes[0].params.authorName).toBe(t.teacher.name);
    expect(await unread(third.cookie)).toHaveLength(1);
    // Someone outside the team is neither notified nor mentionable.
    expect(await unread(outsider.cookie)).toHaveLength(0);
    const picked = await as(teacher.cookie).send('POST', '/comments', {
      targetType: 'unit',
      targetId: unit.id,
      section: 'title',
      body: 'Look',
      mentionIds: [outsider.id],
    });
    expect(picked.statusCode).toBe(422);

    const listed = json(await as(mate.cookie).get(`/comments?targetType=unit&targetId=${unit.id}`));
    expect(listed.items).toHaveLength(1);
    expect(listed.items[0]).toMatchObject({ section: 'sequence.1', author: { id: teacher.id } });
    const mentionable = json(await as(teacher.cookie).get(`/comments/mentionable?targetType=unit&targetId=${unit.id}`));
    expect(mentionable.items.map((p: Person) => p.id)).toEqual(expect.arrayContaining([mate.id, third.id]));
    expect(mentionable.items.map((p: Person) => p.id)).not.toContain(teacher.id);
  });

  it('only readers of the target comment or read comments', async () => {
    const unit = await newUnit();
    const shared = await buildPlan(ctx.db, t.org.id, teacher.id, { visibility: 'team' });
    const privatePlan = await buildPlan(ctx.db, t.org.id, teacher.id, { visibility: 'private' });
    const on = (targetType: string, targetId: string) => ({
      targetType,
      targetId,
      section: 'objectives',
      body: 'Nice.',
    });
    expect((await as(outsider.cookie).send('POST', '/comments', on('unit', unit.id))).statusCode).toBe(404);
    expect((await as(outsider.cookie).get(`/comments?targetType=unit&targetId=${unit.id}`)).statusCode).toBe(404);
    expect((await as(mate.cookie).send('POST', '/comments', on('plan', privatePlan.id))).statusCode).toBe(404);
    expect((await as(otherTeacher).send('POST', '/comments', on('plan', shared.id))).statusCode).toBe(404);
    const onPlan = await as(mate.cookie).send('POST', '/comments', {
      ...on('plan', shared.id),
      section: 'segments.0',
      body: `@${t.teacher.name} love the opening`,
    });
    expect(onPlan.statusCode, onPlan.body).toBe(201);
    expect(json(onPlan).mentions).toEqual([{ id: teacher.id, name: t.teacher.name }]);
    expect(
      (await as(mate.cookie).send('POST', '/comments', { ...on('unit', unit.id), section: '../x' })).statusCode,
    ).toBe(400);
  });
});

describe('student work', () => {
  const fields = (overrides: Record<string, string> = {}) => ({
    title: 'Exit ticket, question 3',
    successCriteria: 'Uses a ratio table\nExplains the scale factor',
    namesRemoved: 'true',
    ...overrides,
  });
  const png = { name: 'muestra.png', type: 'image/png', data: TINY_PNG };
  const countSamples = async () =>
    (await ctx.db.select().from(studentWorkSamples).where(eq(studentWorkSamples.organizationId, t.org.id))).length;

  it('uploads a checked image, streams it to the team only, and scores it', async () => {
    const unit = await newUnit();
    const response = await as(teacher.cookie).upload(t.team.id, fields({ unitId: unit.id }), png);
    expect(response.statusCode, response.body).toBe(201);
    const sample = json(response);
    expect(sample).toMatchObject({
      contentType: 'image/png',
      byteSize: TINY_PNG.length,
      fileName: 'muestra.png',
      unitId: unit.id,
      successCriteria: ['Uses a ratio table', 'Explains the scale factor'],
      uploadedBy: { id: teacher.id },
    });
    expect(sample).not.toHaveProperty('storageKey');

    const file = await as(mate.cookie).get(`/student-work/${sample.id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/png');
    expect(parseDisposition(String(file.headers['content-disposition'])).parameters.filename).toBe('muestra.png');
    expect(file.rawPayload.equals(TINY_PNG)).toBe(true);
    for (const cookie of [outsider.cookie, leader, otherTeacher]) {
      expect((await as(cookie).get(`/student-work/${sample.id}/file`)).statusCode).toBe(404);
      expect((await as(cookie).get(`/student-work/${sample.id}`)).statusCode).toBe(404);
    }
    expect(json(await as(mate.cookie).get(`/student-work?unitId=${unit.id}`)).items[0].id).toBe(sample.id);

    const score = (cookie: string, levels: [number, number]) =>
      as(cookie).send('POST', `/student-work/${sample.id}/scores`, {
        scores: [
          { criterion: 'Uses a ratio table', level: levels[0], note: 'Clear table' },
          { criterion: 'Explains the scale factor', level: levels[1] },
        ],
      });
    expect((await score(teacher.cookie, [2, 1])).statusCode).toBe(200);
    expect((await score(teacher.cookie, [3, 2])).statusCode).toBe(200); // replaces the earlier set
    const detail = json(await score(mate.cookie, [4, 2]));
    expect(detail.scorers).toBe(2);
    expect(detail.summary[0]).toEqual({ criterion: 'Uses a ratio table', count: 2, mean: 3.5, levels: [0, 0, 1, 1] });
    expect(detail.myScores[0]).toEqual({ criterion: 'Uses a ratio table', level: 4, note: 'Clear table' });
    const wrong = await as(mate.cookie).send('POST', `/student-work/${sample.id}/scores`, {
      scores: [{ criterion: 'Spelling', level: 3 }],
    });
    expect(wrong.statusCode).toBe(422);
    expect(
      (
        await as(outsider.cookie).send('POST', `/student-work/${sample.id}/scores`, {
          scores: [{ criterion: 'Uses a ratio table', level: 3 }],
        })
      ).statusCode,
    ).toBe(404);

    const reader = studentWorkArtefactReaderFrom(ctx.db);
    const actorOf = (userId: string) => ({ userId, organizationId: t.org.id }) as Parameters<typeof reader>[1];
    expect(await reader(ctx.db, actorOf(mate.id), sample.id)).toEqual({
      title: 'Exit ticket, question 3',
      teamId: t.team.id,
    });
    expect(await reader(ctx.db, actorOf(outsider.id), sample.id)).toBeNull();
    expect(await unitArtefactReaderFrom(ctx.db)(ctx.db, actorOf(mate.id), unit.id)).toEqual({
      title: unit.title,
      teamId: t.team.id,
    });
    const forInquiry = studentWorkReaderFrom(ctx.db);
    expect(await forInquiry(t.org.id, mate.id, sample.id)).toMatchObject({
      ownerId: teacher.id,
      title: 'Exit ticket, question 3',
    });
    expect(await forInquiry(t.org.id, outsider.id, sample.id)).toBeNull();
    expect(await forInquiry(other.org.id, other.teacher.id, sample.id)).toBeNull();

    expect((await as(mate.cookie).send('DELETE', `/student-work/${sample.id}`)).statusCode).toBe(403);
    expect((await as(teacher.cookie).send('DELETE', `/student-work/${sample.id}`)).statusCode).toBe(204);
    expect((await as(teacher.cookie).get(`/student-work/${sample.id}/file`)).statusCode).toBe(404);
  });

  it('a meeting links the team’s unit and sample, and a member scores the sample during it', async () => {
    const unit = await newUnit();
    const sample = json(await as(teacher.cookie).upload(t.team.id, fields({ unitId: unit.id }), png));
    const scheduled = await as(teacher.cookie).send('POST', `/teams/${t.team.id}/meetings`, {
      protocolId: 'looking-at-student-work',
      scheduledAt: '2099-03-02T15:00:00Z',
      artefacts: [
        { type: 'unit', id: unit.id },
        { type: 'student-work', id: sample.id },
      ],
    });
    expect(scheduled.statusCode, scheduled.body).toBe(201);
    const meeting = json(scheduled);
    expect(json(await as(mate.cookie).get(`/meetings/${meeting.id}`)).artefacts).toEqual(
      expect.arrayContaining([
        { type: 'unit', id: unit.id, title: unit.title },
        { type: 'student-work', id: sample.id, title: 'Exit ticket, question 3' },
      ]),
    );
    // Another team's sample cannot be linked: nothing is scheduled.
    const foreign = await as(otherTeacher).send('POST', `/teams/${other.team.id}/meetings`, {
      protocolId: 'looking-at-student-work',
      scheduledAt: '2099-03-02T15:00:00Z',
      artefacts: [{ type: 'student-work', id: sample.id }],
    });
    expect(foreign.statusCode).toBe(422);
    // Nor can a member of two teams show one team's unit or sample in the other team's meeting.
    const [second] = await ctx.db
      .insert(teams)
      .values({ organizationId: t.org.id, schoolId: t.school.id, name: 'Second team' })
      .returning();
    await ctx.db.insert(teamMembers).values({ organizationId: t.org.id, teamId: second!.id, userId: teacher.id });
    for (const artefact of [
      { type: 'unit', id: unit.id },
      { type: 'student-work', id: sample.id },
    ]) {
      const crossed = await as(teacher.cookie).send('POST', `/teams/${second!.id}/meetings`, {
        protocolId: 'looking-at-student-work',
        scheduledAt: '2099-03-02T15:00:00Z',
        artefacts: [artefact],
      });
      expect(crossed.statusCode, crossed.body).toBe(422);
    }

    // A score is filed under a meeting of the sample's own team only.
    const elsewhere = await as(otherTeacher).send('POST', `/teams/${other.team.id}/meetings`, {
      protocolId: 'looking-at-student-work',
      scheduledAt: '2099-03-02T15:00:00Z',
    });
    expect(elsewhere.statusCode, elsewhere.body).toBe(201);
    for (const meetingId of [crypto.randomUUID(), json(elsewhere).id]) {
      const misfiled = await as(mate.cookie).send('POST', `/student-work/${sample.id}/scores`, {
        meetingId,
        scores: [{ criterion: 'Uses a ratio table', level: 2 }],
      });
      expect(misfiled.statusCode).toBe(422);
      expect(json(misfiled).errors[0].path).toBe('meetingId');
    }
    const scored = await as(mate.cookie).send('POST', `/student-work/${sample.id}/scores`, {
      meetingId: meeting.id,
      scores: [{ criterion: 'Uses a ratio table', level: 3 }],
    });
    expect(scored.statusCode, scored.body).toBe(200);
    expect(json(scored).summary[0]).toMatchObject({ criterion: 'Uses a ratio table', count: 1, mean: 3 });
    const [row] = await ctx.db
      .select()
      .from(studentWorkScores)
      .where(and(eq(studentWorkScores.sampleId, sample.id), eq(studentWorkScores.scorerId, mate.id)));
    expect(row!.meetingId).toBe(meeting.id);
  });

  it('refuses, storing nothing: no names confirmation, a disguised file, a file too large, no file, not multipart', async () => {
    const before = await countSamples();
    const noConfirm = await as(teacher.cookie).upload(t.team.id, fields({ namesRemoved: 'false' }), png);
    expect(noConfirm.statusCode).toBe(422);
    expect(json(noConfirm).errors[0].path).toBe('namesRemoved');
    const disguised = await as(teacher.cookie).upload(t.team.id, fields(), {
      name: 'work.png',
      type: 'image/png',
      data: Buffer.from('<html><script>alert(1)</script></html>'),
    });
    expect(disguised.statusCode).toBe(415);
    expect(disguised.headers['content-type']).toContain('application/problem+json');
    const big = Buffer.concat([TINY_PNG, Buffer.alloc(10 * 1024 * 1024)]);
    const tooBig = await as(teacher.cookie).upload(t.team.id, fields(), { ...png, data: big });
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.headers['content-type']).toContain('application/problem+json');
    expect((await as(teacher.cookie).upload(t.team.id, fields())).statusCode).toBe(400);
    const asJson = await as(teacher.cookie).send('POST', `/teams/${t.team.id}/student-work`, fields());
    expect(asJson.statusCode).toBe(415);
    const broken = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/teams/${t.team.id}/student-work`,
      headers: {
        cookie: teacher.cookie,
        'content-type': 'multipart/form-data; boundary=nothing-like-the-body',
        'x-requested-with': 'conecta',
      },
      payload: '--other\r\nContent-Disposition: form-data; name="title"\r\n\r\nbroken',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.headers['content-type']).toContain('application/problem+json');
    expect((await as(outsider.cookie).upload(t.team.id, fields(), png)).statusCode).toBe(404);
    expect((await as(teacher.cookie).upload(other.team.id, fields(), png)).statusCode).toBe(404);
    expect(await countSamples()).toBe(before);
  });

  it('accepts a PDF and refuses a cross-site upload without the header', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
    const response = await as(teacher.cookie).upload(t.team.id, fields(), {
      name: 'w.pdf',
      type: 'application/octet-stream',
      data: pdf,
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(json(response).contentType).toBe('application/pdf');
    const download = await as(teacher.cookie).get(`/student-work/${json(response).id}/file`);
    expect(download.headers['content-disposition']).toMatch(/^attachment;/);
    const body = multipart(fields(), png);
    const forged = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/teams/${t.team.id}/student-work`,
      headers: { cookie: teacher.cookie, 'content-type': body.headers['content-type']! },
      payload: body.payload,
    });
    expect(forged.statusCode).toBe(403);
    const [stored] = await ctx.db
      .select()
      .from(studentWorkSamples)
      .where(and(eq(studentWorkSamples.organizationId, t.org.id), eq(studentWorkSamples.id, json(response).id)));
    expect(stored!.storageKey.startsWith(`${t.org.id}/student-work/`)).toBe(true);
  });
});
