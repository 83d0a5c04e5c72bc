import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildClass, buildTenant, signIn, type Tenant } from '../../../test/factories';
import { json, setupTestApp } from '../../../test/test-app';
import { schools } from '../../db/schema';
import { assessmentFactsFrom, assessmentResultsFrom } from './index';

const ctx = setupTestApp();
let t: Tenant;
let other: Tenant;
const cookies = {} as Record<'admin' | 'leader' | 'teacher' | 'coach' | 'otherAdmin', string>;

beforeAll(async () => {
  t = await buildTenant(ctx.db);
  other = await buildTenant(ctx.db);
  cookies.admin = await signIn(ctx.app, t.admin.email);
  cookies.leader = await signIn(ctx.app, t.leader.email);
  cookies.teacher = await signIn(ctx.app, t.teacher.email);
  cookies.coach = await signIn(ctx.app, t.coach.email);
  cookies.otherAdmin = await signIn(ctx.app, other.admin.email);
}, 60_000);

const HEADER =
  'SchoolId,SchoolYear,LocalCourseCode,SectionIdentifier,AssessmentIdentifier,AssessmentTitle,AcademicSubjectDescriptor,GradeLevelDescriptor,AdministrationDate,NumberTested,NumberProficient,AverageScaleScore';

const row = (schoolId: string, over: Partial<Record<string, string | number>> = {}) => {
  const cells = {
    SchoolId: schoolId,
    SchoolYear: 2026,
    LocalCourseCode: 'MATH-05',
    SectionIdentifier: 'S-1',
    AssessmentIdentifier: 'INTERIM-MATH-5',
    AssessmentTitle: 'Grade 5 Math Interim',
    AcademicSubjectDescriptor: 'uri://ed-fi.org/AcademicSubjectDescriptor#Mathematics',
    GradeLevelDescriptor: 'Fifth grade',
    AdministrationDate: '2026-01-20',
    NumberTested: 24,
    NumberProficient: 15,
    AverageScaleScore: 512.5,
    ...over,
  };
  return Object.values(cells).join(',');
};

const upload = (cookie: string, body: string, fileName = 'results.csv', locale?: string) =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/v1/assessments/imports?fileName=${encodeURIComponent(fileName)}${locale ? `&locale=${locale}` : ''}`,
    headers: { cookie, 'content-type': 'text/csv', 'x-requested-with': 'conecta', origin: 'http://localhost:3000' },
    payload: body,
  });
const get = (cookie: string, url: string) => ctx.app.inject({ url: `/api/v1${url}`, headers: { cookie } });
const remove = (cookie: string, id: string) =>
  ctx.app.inject({
    method: 'DELETE',
    url: `/api/v1/assessments/imports/${id}`,
    headers: { cookie, 'x-requested-with': 'conecta', origin: 'http://localhost:3000' },
  });

const countResults = async (organizationId: string) => {
  const result = (await ctx.db.execute(
    sql`select count(*)::int as n from assessment_results where organization_id = ${organizationId}`,
  )) as unknown as { rows: { n: number }[] };
  return Number(result.rows[0]!.n);
};
const results = (organizationId: string) =>
  assessmentResultsFrom(ctx.db)(organizationId, { from: '2000-01-01', to: '2100-12-31' });

describe('assessment results import', () => {
  it('stores a good file, matches a section to our class, and lists it with who and how many', async () => {
    const file = [
      HEADER,
      row(t.school.id, { SectionIdentifier: t.teacherClass.id }),
      row(t.otherSchool.id, { SectionIdentifier: '', LocalCourseCode: '', AverageScaleScore: '' }),
    ].join('\r\n');
    const response = await upload(cookies.admin, file, 'winter.csv');
    expect(response.statusCode, response.body).toBe(201);
    const body = json(response);
    expect(body.replayed).toBe(false);
    expect(body.matchedClasses).toBe(1);
    expect(body.import).toMatchObject({ fileName: 'winter.csv', rowCount: 2, schoolCount: 2 });
    expect(body.import.importedBy.id).toBe(t.admin.id);

    const stored = await results(t.org.id);
    expect(stored).toHaveLength(2);
    const withClass = stored.find((r) => r.classId !== null)!;
    expect(withClass).toMatchObject({
      schoolId: t.school.id,
      classId: t.teacherClass.id,
      teacherId: t.teacher.id,
      subject: 'Mathematics',
      gradeLevel: 'Fifth grade',
      numberTested: 24,
      numberProficient: 15,
      averageScore: 512.5,
    });
    expect(stored.find((r) => r.classId === null)).toMatchObject({ schoolId: t.otherSchool.id, averageScore: null });

    const list = json(await get(cookies.admin, '/assessments/imports'));
    expect(list.items.map((i: { id: string }) => i.id)).toContain(body.import.id);
  });

  it('SchoolId may be the district’s own id for the school; a class of another school is not matched', async () => {
    await ctx.db.update(schools).set({ externalId: '255901001' }).where(eq(schools.id, t.otherSchool.id));
    const file = [
      HEADER,
      row('255901001', { AssessmentIdentifier: 'EXTERNAL', SectionIdentifier: t.teacherClass.id }),
    ].join('\n');
    const response = await upload(cookies.admin, file);
    expect(response.statusCode, response.body).toBe(201);
    expect(json(response).matchedClasses).toBe(0);
    const stored = (await results(t.org.id)).find((r) => r.assessmentIdentifier === 'EXTERNAL');
    expect(stored).toMatchObject({ schoolId: t.otherSchool.id, classId: null, teacherId: null });
    const listed = json(await get(cookies.admin, '/assessments/schools')).items as {
      id: string;
      schoolIdInFile: string;
    }[];
    expect(listed.find((s) => s.id === t.otherSchool.id)?.schoolIdInFile).toBe('255901001');
  });

  it('re-importing the same file changes nothing (200, same import)', async () => {
    const file = [HEADER, row(t.school.id, { AssessmentIdentifier: 'SAME-FILE' })].join('\n');
    const first = await upload(cookies.admin, file);
    expect(first.statusCode).toBe(201);
    const before = await countResults(t.org.id);
    const again = await upload(cookies.admin, file);
    expect(again.statusCode).toBe(200);
    expect(json(again).replayed).toBe(true);
    expect(json(again).import.id).toBe(json(first).import.id);
    expect(await countResults(t.org.id)).toBe(before);
  });

  it('a corrected file replaces the rows it repeats instead of adding them', async () => {
    const key = { AssessmentIdentifier: 'CORRECTED' };
    await upload(cookies.admin, [HEADER, row(t.school.id, { ...key, NumberProficient: 10 })].join('\n'));
    const before = await countResults(t.org.id);
    const response = await upload(
      cookies.admin,
      [HEADER, row(t.school.id, { ...key, NumberProficient: 12 })].join('\n'),
    );
    expect(response.statusCode).toBe(201);
    expect(await countResults(t.org.id)).toBe(before);
    const stored = (await results(t.org.id)).filter((r) => r.assessmentIdentifier === 'CORRECTED');
    expect(stored.map((r) => r.numberProficient)).toEqual([12]);
  });

  it('one bad row → 422 listing line and column, and nothing is stored', async () => {
    const before = await countResults(t.org.id);
    const file = [
      HEADER,
      row(t.school.id, { AssessmentIdentifier: 'ALL-OR-NOTHING-1' }),
      row(t.school.id, { AssessmentIdentifier: 'ALL-OR-NOTHING-2', NumberProficient: 30 }),
      row(t.school.id, { AssessmentIdentifier: 'ALL-OR-NOTHING-3', AdministrationDate: '2026-02-30' }),
    ].join('\n');
    const response = await upload(cookies.admin, file);
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = json(response);
    expect(problem.rows).toEqual([
      { line: 3, column: 'NumberProficient', message: expect.stringContaining('cannot be more than') },
      { line: 4, column: 'AdministrationDate', message: expect.stringContaining('YYYY-MM-DD') },
    ]);
    expect(problem.errors[0].path).toBe('line 3: NumberProficient');
    expect(await countResults(t.org.id)).toBe(before);
  });

  it('row messages come in Spanish for a Spanish request', async () => {
    const response = await upload(
      cookies.admin,
      [HEADER, row(t.school.id, { NumberTested: 'x' })].join('\n'),
      'f.csv',
      'es',
    );
    expect(response.statusCode).toBe(422);
    const problem = json(response);
    expect(problem.detail).toContain('no se importó nada');
    expect(problem.rows[0]).toMatchObject({
      line: 2,
      column: 'NumberTested',
      message: 'Un número entero de 1 a 100000.',
    });
  });

  it('refuses a file with a column that identifies students, storing nothing', async () => {
    const before = await countResults(t.org.id);
    const file = [`${HEADER},StudentUniqueId`, `${row(t.school.id)},604822`].join('\n');
    const response = await upload(cookies.admin, file);
    expect(response.statusCode).toBe(422);
    expect(json(response).rows).toEqual([
      { line: 1, column: 'StudentUniqueId', message: expect.stringContaining('identifies students') },
    ]);
    expect(await countResults(t.org.id)).toBe(before);
  });

  it('a school leader imports for their own school only', async () => {
    const own = await upload(cookies.leader, [HEADER, row(t.school.id, { AssessmentIdentifier: 'LEADER' })].join('\n'));
    expect(own.statusCode, own.body).toBe(201);
    const before = await countResults(t.org.id);
    const elsewhere = await upload(
      cookies.leader,
      [HEADER, row(t.otherSchool.id, { AssessmentIdentifier: 'LEADER-2' })].join('\n'),
    );
    expect(elsewhere.statusCode).toBe(422);
    expect(json(elsewhere).rows[0]).toMatchObject({ line: 2, column: 'SchoolId' });
    expect(await countResults(t.org.id)).toBe(before);
    // The leader sees their import but not the district-wide one.
    const listed = json(await get(cookies.leader, '/assessments/imports')).items as {
      id: string;
      schoolCount: number;
    }[];
    expect(listed.map((i) => i.id)).toContain(json(own).import.id);
    expect(listed.every((i) => i.schoolCount === 1)).toBe(true);
  });

  it('teachers and coaches may not import or list', async () => {
    for (const cookie of [cookies.teacher, cookies.coach]) {
      expect((await upload(cookie, [HEADER, row(t.school.id)].join('\n'))).statusCode).toBe(403);
      expect((await get(cookie, '/assessments/imports')).statusCode).toBe(403);
      expect((await get(cookie, '/assessments/template.csv')).statusCode).toBe(403);
    }
  });

  it('keeps tenants apart: another district’s school is unknown, its imports invisible and undeletable', async () => {
    const foreign = await upload(cookies.otherAdmin, [HEADER, row(t.school.id)].join('\n'));
    expect(foreign.statusCode).toBe(422);
    expect(json(foreign).rows[0]).toMatchObject({ column: 'SchoolId', message: expect.stringContaining('No school') });

    const mine = json(
      await upload(cookies.admin, [HEADER, row(t.school.id, { AssessmentIdentifier: 'MINE' })].join('\n')),
    );
    const theirList = json(await get(cookies.otherAdmin, '/assessments/imports')).items as { id: string }[];
    expect(theirList.map((i) => i.id)).not.toContain(mine.import.id);
    expect((await remove(cookies.otherAdmin, mine.import.id)).statusCode).toBe(404);
    expect(await results(other.org.id)).toEqual([]);
  });

  it('deletes an import with its results', async () => {
    const created = json(
      await upload(cookies.admin, [HEADER, row(t.school.id, { AssessmentIdentifier: 'GONE' })].join('\n')),
    );
    expect((await remove(cookies.leader, created.import.id)).statusCode).toBe(204);
    expect((await results(t.org.id)).some((r) => r.assessmentIdentifier === 'GONE')).toBe(false);
    expect((await remove(cookies.admin, created.import.id)).statusCode).toBe(404);
  });

  it('413 over the size limit, and the template downloads as CSV with the caller’s school', async () => {
    const big = `${HEADER}\n${'x'.repeat(5 * 1024 * 1024 + 10)}`;
    const response = await upload(cookies.admin, big);
    expect(response.statusCode).toBe(413);
    expect(json(response).detail).toContain('5 MB');

    const template = await get(cookies.leader, '/assessments/template.csv');
    expect(template.statusCode).toBe(200);
    expect(template.headers['content-type']).toContain('text/csv');
    expect(template.body.split('\r\n')[0]).toBe(HEADER);
    expect(template.body).toContain(t.school.id);
    const schools = json(await get(cookies.leader, '/assessments/schools')).items;
    expect(schools).toEqual([{ id: t.school.id, name: t.school.name, schoolIdInFile: t.school.id }]);
  });

  it('413 over 50,000 rows, nothing stored', async () => {
    const before = await countResults(t.org.id);
    const line = `${t.school.id},2026,,,A,,M,5,2026-01-20,24,15,`;
    const body = [HEADER, ...Array.from({ length: 50_001 }, () => line)].join('\n');
    expect(Buffer.byteLength(body)).toBeLessThan(5 * 1024 * 1024);
    const response = await upload(cookies.admin, body);
    expect(response.statusCode).toBe(413);
    expect(await countResults(t.org.id)).toBe(before);
  });

  it('refuses "1,234" as a score in a comma file (422, nothing stored) and names the physical line', async () => {
    const before = await countResults(t.org.id);
    const file = [
      HEADER,
      row(t.school.id, { AssessmentIdentifier: 'COMMA', AssessmentTitle: '"Two\nlines"' }),
      row(t.school.id, { AssessmentIdentifier: 'COMMA-2', AverageScaleScore: '"1,234"' }),
    ].join('\n');
    const response = await upload(cookies.admin, file);
    expect(response.statusCode, response.body).toBe(422);
    expect(json(response).rows).toEqual([
      { line: 4, column: 'AverageScaleScore', message: expect.stringContaining('point') },
    ]);
    expect(await countResults(t.org.id)).toBe(before);
  });
});

describe('assessment facts for impact (level 5)', () => {
  it('weights each class by how many were tested: 0 of 1 and 30 of 30 is 30/31, not 50 %', async () => {
    const small = await buildClass(ctx.db, t.org.id, t.teacher.id, t.school.id);
    const large = await buildClass(ctx.db, t.org.id, t.teacher.id, t.school.id);
    const at = { AdministrationDate: '2025-10-14', AssessmentIdentifier: 'WEIGHTED' };
    const file = [
      HEADER,
      row(t.school.id, { ...at, SectionIdentifier: small.id, NumberTested: 1, NumberProficient: 0 }),
      row(t.school.id, { ...at, SectionIdentifier: large.id, NumberTested: 30, NumberProficient: 30 }),
    ].join('\n');
    const response = await upload(cookies.admin, file);
    expect(response.statusCode, response.body).toBe(201);

    const { facts } = await assessmentFactsFrom(ctx.db)(t.org.id, null);
    const week = facts.filter((f) => f.personId === t.teacher.id && f.week === '2025-10-13');
    // Each result is students proficient out of students tested (its weight): impact's mean, Σ value / Σ weight.
    const proficient = week.reduce((sum, f) => sum + f.value, 0);
    const tested = week.reduce((sum, f) => sum + (f.weight ?? 1), 0);
    expect(week).toHaveLength(2);
    expect(proficient / tested).toBeCloseTo(30 / 31, 6);
    expect(week.every((f) => f.metric === 'l5.assessment-results' && f.subject === 'Mathematics')).toBe(true);
  });
});
