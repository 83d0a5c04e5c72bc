import { describe, expect, it } from 'vitest';
import { LessonPlanInput } from '../contracts/lesson-plans';
import { analyzePlan } from './index';
import { RULE_IDS } from './ruleset';
import type { AnalyzeContext } from './types';

type Fixture = {
  name: string;
  plan: unknown;
  context?: AnalyzeContext;
  mustTrigger: string[];
  mustNotTrigger: string[];
};

// Vite bundles the JSON corpus, so the test needs no file-system access.
const files = import.meta.glob<Fixture>('./fixtures/*.json', { eager: true, import: 'default' });
const corpus = Object.entries(files).map(([path, fixture]) => ({ file: path.replace('./fixtures/', ''), ...fixture }));

describe('lesson-plan corpus', () => {
  it('has at least 15 plans per language', () => {
    expect(corpus.filter((f) => f.file.startsWith('en-')).length).toBeGreaterThanOrEqual(15);
    expect(corpus.filter((f) => f.file.startsWith('es-')).length).toBeGreaterThanOrEqual(15);
  });

  describe.each(corpus)('$file', (fixture) => {
    const plan = LessonPlanInput.parse(fixture.plan);
    const result = analyzePlan(plan, fixture.context);
    const fired = new Set(result.insights.map((i) => i.ruleId));

    it('names only known rules in its expectations', () => {
      for (const id of [...fixture.mustTrigger, ...fixture.mustNotTrigger]) expect(RULE_IDS).toContain(id);
      expect(fixture.mustTrigger.length).toBeGreaterThan(0);
      expect(fixture.mustNotTrigger.length).toBeGreaterThan(0);
    });

    it('triggers what it must', () => {
      const missing = fixture.mustTrigger.filter((id) => !fired.has(id));
      expect(missing, `fired: ${[...fired].join(', ')}`).toEqual([]);
    });

    it('does not trigger what it must not', () => {
      const wrong = fixture.mustNotTrigger.filter((id) => fired.has(id));
      const detail = result.insights.filter((i) => wrong.includes(i.ruleId)).map((i) => JSON.stringify(i.evidence));
      expect(wrong, detail.join('\n')).toEqual([]);
    });

    it('writes messages in the plan locale', () => {
      for (const insight of result.insights) expect(insight.message.length).toBeGreaterThan(10);
      if (plan.locale === 'es') expect(result.insights.some((i) => /[¿áéíóúñ«]/.test(i.message))).toBe(true);
    });
  });
});
