import { beforeAll, describe, expect, it } from 'vitest';
import { buildTenant, signIn, type Tenant } from '../../../test/factories';
import { json, setupTestApp } from '../../../test/test-app';

const ctx = setupTestApp();
let t: Tenant;
let admin: string;
beforeAll(async () => {
  t = await buildTenant(ctx.db);
  admin = await signIn(ctx.app, t.admin.email);
});

const as = (cookie: string) => ({
  get: (url: string) => ctx.app.inject({ url, headers: { cookie } }),
  send: (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload: object = {}) =>
    ctx.app.inject({ method, url, headers: { cookie }, payload }),
});

describe('schools', () => {
  it('an admin creates and renames schools; names are unique per organization', async () => {
    const created = await as(admin).send('POST', '/api/v1/schools', { name: 'Escuela Nueva' });
    expect(created.statusCode).toBe(201);
    const duplicate = await as(admin).send('POST', '/api/v1/schools', { name: 'escuela nueva' });
    expect(duplicate.statusCode).toBe(409);
    const renamed = await as(admin).send('PATCH', `/api/v1/schools/${json(created).id}`, { name: 'Escuela Renovada' });
    expect(json(renamed).name).toBe('Escuela Renovada');
  });

  it('pages with a stable cursor and rejects a forged one', async () => {
    for (const name of ['Alpha', 'Beta', 'Gamma'])
      await as(admin).send('POST', '/api/v1/schools', { name: `Page ${name}` });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = json(
        await as(admin).get(`/api/v1/schools?limit=2${cursor ? `&cursor=${cursor}` : ''}`),
      );
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((s: { id: string }) => s.id));
      cursor = page.nextCursor;
    } while (cursor);
    const all = json(await as(admin).get('/api/v1/schools?limit=200')).items.map((s: { id: string }) => s.id);
    expect(seen).toEqual(all);
    const forged = await as(admin).get(
      `/api/v1/schools?cursor=${Buffer.from('["x","not-a-uuid"]').toString('base64url')}`,
    );
    expect(forged.statusCode).toBe(400);
  });
});

describe('people', () => {
  it('invites a person by email with a 7-day link; accepting it signs them in with their roles', async () => {
    const invited = await as(admin).send('POST', '/api/v1/users/invitations', {
      email: 'Nueva.Maestra@Example.test',
      name: 'Nueva Maestra',
      locale: 'es',
      roles: [{ role: 'teacher', schoolId: t.school.id }],
    });
    expect(invited.statusCode).toBe(201);
    expect(json(invited)).toMatchObject({
      email: 'nueva.maestra@example.test',
      status: 'invited',
      roles: [{ role: 'teacher', schoolId: t.school.id }],
    });

    const mail = json(await as(admin).get('/api/v1/outbox')).items.find(
      (m: { to: string }) => m.to === 'nueva.maestra@example.test',
    );
    expect(mail.subject).toContain('Invitación');
    const token = /accept-invite\?token=([\w-]+)/.exec(mail.text)![1]!;

    const preview = json(await ctx.app.inject({ url: `/api/v1/auth/invitations/${token}` }));
    expect(preview).toMatchObject({ email: 'nueva.maestra@example.test', organizationName: t.org.name });
    const expiresInDays = (Date.parse(preview.expiresAt) - Date.now()) / 86_400_000;
    expect(expiresInDays).toBeGreaterThan(6.9);
    expect(expiresInDays).toBeLessThanOrEqual(7);

    const accepted = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/invitations/accept',
      payload: { token, password: 'mi contraseña segura' },
    });
    expect(accepted.statusCode).toBe(200);
    expect(json(accepted).user.roles).toEqual([{ role: 'teacher', organizationId: t.org.id, schoolId: t.school.id }]);
    const again = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/invitations/accept',
      payload: { token, password: 'otra contraseña' },
    });
    expect(again.statusCode).toBe(404);
  });

  it('refuses a duplicate email and an unknown school, changing nothing', async () => {
    const before = json(await as(admin).get('/api/v1/users?limit=200')).items.length;
    const duplicate = await as(admin).send('POST', '/api/v1/users/invitations', {
      email: t.teacher.email,
      name: 'X',
      roles: [{ role: 'coach', schoolId: t.school.id }],
    });
    expect(duplicate.statusCode).toBe(409);
    const unknownSchool = await as(admin).send('POST', '/api/v1/users/invitations', {
      email: 'someone.new@example.test',
      name: 'Someone',
      roles: [{ role: 'teacher', schoolId: '00000000-0000-4000-8000-000000000000' }],
    });
    expect(unknownSchool.statusCode).toBe(422);
    expect(json(unknownSchool).errors[0].path).toBe('roles.0.schoolId');
    const schoolMissing = await as(admin).send('POST', '/api/v1/users/invitations', {
      email: 'someone.else@example.test',
      name: 'S',
      roles: [{ role: 'teacher' }],
    });
    expect(schoolMissing.statusCode).toBe(400);
    expect(json(await as(admin).get('/api/v1/users?limit=200')).items.length).toBe(before);
  });

  it('assigns and removes roles, and never removes the last active district admin', async () => {
    const added = await as(admin).send('POST', `/api/v1/users/${t.teacher.id}/roles`, {
      role: 'coach',
      schoolId: t.school.id,
    });
    expect(added.statusCode).toBe(201);
    expect(
      (await as(admin).send('POST', `/api/v1/users/${t.teacher.id}/roles`, { role: 'coach', schoolId: t.school.id }))
        .statusCode,
    ).toBe(409);
    expect((await as(admin).send('DELETE', `/api/v1/users/${t.teacher.id}/roles/${json(added).id}`)).statusCode).toBe(
      204,
    );

    const me = json(await as(admin).get(`/api/v1/users/${t.admin.id}`));
    const adminRole = me.roles.find((r: { role: string }) => r.role === 'district_admin');
    const refused = await as(admin).send('DELETE', `/api/v1/users/${t.admin.id}/roles/${adminRole.id}`);
    expect(refused.statusCode).toBe(422);
    expect(json(await as(admin).get(`/api/v1/users/${t.admin.id}`)).roles).toHaveLength(1);
  });

  it('deactivation ends access but keeps the person and their classes; reactivation restores it', async () => {
    const cookie = await signIn(ctx.app, t.otherTeacher.email);
    const deactivated = await as(admin).send('POST', `/api/v1/users/${t.otherTeacher.id}/deactivate`);
    expect(json(deactivated).status).toBe('deactivated');
    expect((await as(cookie).get('/api/v1/me')).statusCode).toBe(401);
    expect(json(await as(admin).get(`/api/v1/users/${t.otherTeacher.id}`)).status).toBe('deactivated');
    expect((await as(admin).send('POST', `/api/v1/users/${t.admin.id}/deactivate`)).statusCode).toBe(422);
    expect(json(await as(admin).send('POST', `/api/v1/users/${t.otherTeacher.id}/reactivate`)).status).toBe('active');
    await signIn(ctx.app, t.otherTeacher.email);
  });

  it('filters the directory and scopes it: a coach sees only their school', async () => {
    const teachers = json(await as(admin).get('/api/v1/users?role=teacher&limit=200')).items;
    expect(teachers.every((u: { roles: { role: string }[] }) => u.roles.some((r) => r.role === 'teacher'))).toBe(true);
    const byName = json(await as(admin).get(`/api/v1/users?q=${encodeURIComponent(t.coach.name.slice(-4))}`)).items;
    expect(byName.map((u: { id: string }) => u.id)).toContain(t.coach.id);
    const coach = await signIn(ctx.app, t.coach.email);
    const visible = json(await as(coach).get('/api/v1/users?limit=200')).items.map((u: { id: string }) => u.id);
    expect(visible).toContain(t.teacher.id);
    expect(visible).not.toContain(t.otherTeacher.id);
    expect((await as(coach).get(`/api/v1/users/${t.otherTeacher.id}`)).statusCode).toBe(404);
  });
});

describe('teams', () => {
  it('an admin creates a cross-school team and manages its members; a leader manages their school’s teams', async () => {
    const team = json(await as(admin).send('POST', '/api/v1/teams', { name: 'Cross-school science', schoolId: null }));
    expect(team.schoolId).toBeNull();
    const withMember = await as(admin).send('POST', `/api/v1/teams/${team.id}/members`, {
      userId: t.otherTeacher.id,
      role: 'lead',
    });
    expect(json(withMember).members).toEqual([{ userId: t.otherTeacher.id, name: t.otherTeacher.name, role: 'lead' }]);

    const leader = await signIn(ctx.app, t.leader.email);
    expect(
      (await as(leader).send('POST', '/api/v1/teams', { name: 'Other school team', schoolId: t.otherSchool.id }))
        .statusCode,
    ).toBe(403);
    const own = json(await as(leader).send('POST', '/api/v1/teams', { name: 'Grade 4', schoolId: t.school.id }));
    expect(
      (await as(leader).send('POST', `/api/v1/teams/${own.id}/members`, { userId: t.teacher.id })).statusCode,
    ).toBe(201);
    expect((await as(leader).send('DELETE', `/api/v1/teams/${own.id}/members/${t.teacher.id}`)).statusCode).toBe(204);
    expect(json(await as(leader).get(`/api/v1/teams/${own.id}`)).members).toEqual([]);
  });

  it('a teacher sees the teams they belong to, and no others', async () => {
    const teacher = await signIn(ctx.app, t.teacher.email);
    const ids = json(await as(teacher).get('/api/v1/teams')).items.map((team: { id: string }) => team.id);
    expect(ids).toEqual([t.team.id]);
  });
});

describe('classes', () => {
  it('a teacher creates a class in their school and lists only their own classes', async () => {
    const teacher = await signIn(ctx.app, t.teacher.email);
    const created = await as(teacher).send('POST', '/api/v1/classes', {
      name: 'Álgebra 8.º',
      subject: 'Matemáticas',
      gradeLevel: '8',
      periodMinutes: 55,
    });
    expect(created.statusCode).toBe(201);
    expect(json(created)).toMatchObject({
      ownerId: t.teacher.id,
      schoolId: t.school.id,
      ownerName: t.teacher.name,
      periodMinutes: 55,
    });
    const mine = json(await as(teacher).get('/api/v1/classes')).items;
    expect(mine.every((c: { ownerId: string }) => c.ownerId === t.teacher.id)).toBe(true);
    expect(mine.map((c: { id: string }) => c.id)).toEqual(
      expect.arrayContaining([t.teacherClass.id, json(created).id]),
    );
    expect((await as(teacher).get('/api/v1/classes?scope=organization')).statusCode).toBe(403);
  });

  it('an admin creates a class for a teacher; a school they do not teach at is refused', async () => {
    const created = await as(admin).send('POST', '/api/v1/classes', {
      name: 'Physics',
      subject: 'Science',
      gradeLevel: '9',
      periodMinutes: 50,
      ownerId: t.teacher.id,
    });
    expect(json(created).ownerId).toBe(t.teacher.id);
    const wrongSchool = await as(admin).send('POST', '/api/v1/classes', {
      name: 'Chemistry',
      subject: 'Science',
      gradeLevel: '9',
      periodMinutes: 50,
      ownerId: t.teacher.id,
      schoolId: t.otherSchool.id,
    });
    expect(wrongSchool.statusCode).toBe(422);
    const audit = json(await as(admin).get('/api/v1/audit-events?limit=200')).items.map(
      (e: { action: string }) => e.action,
    );
    expect(audit).toContain('class.created');
  });

  it('pages a teacher’s own classes with a cursor, without gaps or repeats', async () => {
    const teacher = await signIn(ctx.app, t.teacher.email);
    for (const name of ['Zeta', 'Alfa', 'Mu', 'Alfa']) {
      await as(teacher).send('POST', '/api/v1/classes', { name, subject: 'Math', gradeLevel: '7', periodMinutes: 45 });
    }
    const all = json(await as(teacher).get('/api/v1/classes?limit=200')).items.map((c: { id: string }) => c.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = json(
        await as(teacher).get(`/api/v1/classes?limit=2${cursor ? `&cursor=${cursor}` : ''}`),
      );
      seen.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
    expect(all.length).toBeGreaterThanOrEqual(5);
  });

  it('keeps grade labels from other school systems as sent', async () => {
    const teacher = await signIn(ctx.app, t.teacher.email);
    const created = await as(teacher).send('POST', '/api/v1/classes', {
      name: 'Historia',
      subject: 'Historia',
      gradeLevel: '1.º ESO',
      periodMinutes: 55,
    });
    expect(json(created).gradeLevel).toBe('1.º ESO');
  });

  it('rejects impossible values with field paths', async () => {
    const teacher = await signIn(ctx.app, t.teacher.email);
    const response = await as(teacher).send('POST', '/api/v1/classes', {
      name: '',
      subject: 'Math',
      gradeLevel: ' ',
      periodMinutes: 0,
    });
    expect(response.statusCode).toBe(400);
    expect(
      json(response)
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['gradeLevel', 'name', 'periodMinutes']);
  });
});

describe('audit log', () => {
  it('records sign-ins and admin actions with who did them, newest first', async () => {
    const events = json(await as(admin).get('/api/v1/audit-events?limit=200')).items as {
      action: string;
      actorId: string;
      createdAt: string;
    }[];
    const actions = events.map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'auth.login',
        'school.created',
        'user.invited',
        'user.role_added',
        'user.deactivated',
        'team.created',
      ]),
    );
    const times = events.map((e) => Date.parse(e.createdAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });
});
