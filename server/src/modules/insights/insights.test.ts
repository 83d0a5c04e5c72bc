import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTenant, signIn, type Tenant } from '../../../test/factories';
import { json, setupTestApp } from '../../../test/test-app';

const ctx = setupTestApp();
let t: Tenant;
let teacher: string;
beforeAll(async () => {
  t = await buildTenant(ctx.db);
  await ctx.db.execute(sql`update users set locale = 'es' where id = ${t.teacher.id}`);
  teacher = await signIn(ctx.app, t.teacher.email);
});

const post = (url: string, payload: object, cookie = teacher) =>
  ctx.app.inject({ method: 'POST', url, headers: { cookie }, payload });

describe('POST /api/v1/insights/lesson-plan', () => {
  it('questions a vague objective in the teacher’s language, with its evidence and a strategy card', async () => {
    const response = await post('/api/v1/insights/lesson-plan', {
      title: 'Fracciones en la recta numérica',
      objectives: ['Los estudiantes comprenderán las fracciones equivalentes'],
      segments: [{ title: 'Inicio', kind: 'opening', minutes: 10 }],
    });
    expect(response.statusCode).toBe(200);
    const result = json(response);
    expect(result.rulesetVersion).toEqual(expect.any(String));
    const vague = result.insights.find((i: { ruleId: string }) => i.ruleId === 'objective.vague-verb');
    expect(vague).toMatchObject({ kind: 'question', evidence: [{ field: 'objectives[0]', text: 'comprenderán' }] });
    expect(vague.message).toMatch(/[¿?]/);
    expect(vague.resourceIds.length).toBeGreaterThan(0);
  });

  it('answers in English when the plan says so, and names strengths', async () => {
    const result = json(
      await post('/api/v1/insights/lesson-plan', {
        title: 'Comparing ratios',
        locale: 'en',
        objectives: ['Students will compare two ratios using a double number line with 80% accuracy'],
        segments: [
          {
            title: 'Turn and talk',
            kind: 'discussion',
            grouping: 'pairs',
            minutes: 5,
            description: 'Turn and talk: why might two ratios be equivalent?',
          },
        ],
      }),
    );
    const ids = result.insights.map((i: { ruleId: string }) => i.ruleId);
    expect(ids).not.toContain('objective.vague-verb');
    expect(ids).toContain('strength.measurable-objective');
  });

  it('refuses a class from another district with 404 and bad input with field paths', async () => {
    const other = await buildTenant(ctx.db);
    const foreign = await post('/api/v1/insights/lesson-plan', {
      classId: other.teacherClass.id,
      title: 'x',
      objectives: [],
      segments: [],
    });
    expect(foreign.statusCode).toBe(404);
    const invalid = await post('/api/v1/insights/lesson-plan', { title: '', objectives: 'not a list', segments: [] });
    expect(invalid.statusCode).toBe(400);
    expect(
      json(invalid)
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['objectives', 'title']);
  });
});

describe('POST /api/v1/insights/reflection', () => {
  it('returns the depth level, the indicators found in the words, and a nudge', async () => {
    const result = json(
      await post('/api/v1/insights/reflection', {
        locale: 'en',
        whatHappened: 'Only 12 of 26 students solved the exit ticket correctly.',
        whyAndAlternatives:
          'Maybe my example was too abstract, because I skipped the number line. Did they see why it works?',
        nextTime: 'Next time I will model one example on the number line before they practise.',
      }),
    );
    expect(result.level).toBeGreaterThanOrEqual(3);
    expect(result.label).toMatch(/dialogic|critical/);
    const categories = new Set(result.indicators.map((i: { category: string }) => i.category));
    for (const category of ['evidence', 'causal', 'future-plan']) expect(categories).toContain(category);
    expect(result.nudge.length).toBeGreaterThan(10);
  });

  it('asks for at least one answer, in Spanish for a Spanish speaker', async () => {
    const response = await post('/api/v1/insights/reflection', { locale: 'es', whatHappened: '   ' });
    expect(response.statusCode).toBe(400);
    expect(json(response).errors[0].message).toContain('Responde al menos una');
  });
});
