import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GROUPINGS, LessonPlanInput, PLAN_LIMITS, SEGMENT_KINDS } from '../contracts/lesson-plans';
import { analyzePlan } from './index';
import { MESSAGES } from './messages';
import { RULE_RESOURCES, STRATEGY_CARD_IDS } from './resources';
import { isRuleId, RULE_KINDS } from './ruleset';
import type { AnalyzeContext } from './types';

// Words that make rules fire, mixed with arbitrary Unicode so that both paths are exercised.
const PHRASES = [
  'Students will understand',
  'Los estudiantes comprenderán',
  'SWBAT compare and contrast',
  'Puedo explicar por qué',
  'I will explain',
  'Explicaré',
  'with 80% accuracy',
  'según la rúbrica',
  'If fewer than 70% are correct, reteach',
  'si menos del 70 % acierta, retomo',
  'turn and talk',
  'gira y conversa',
  'Why? How do you know?',
  '¿Cómo lo sabes?',
  'differentiate as needed',
  'según sea necesario',
  'sentence frames for English learners',
  'exit ticket',
  'closure',
  'cierre',
  'list three',
  'evaluate',
  '',
  ' ',
  '\u0301\u0303',
  '🙂👩🏽‍🏫',
  'İSTANBUL ß ﬁ',
  '.;\n•',
];

const text = (max: number) =>
  fc.oneof(
    fc.string({ maxLength: Math.min(max, 60) }),
    fc.string({ unit: 'grapheme', maxLength: Math.min(max, 60) }),
    fc.constantFrom(...PHRASES).map((s) => s.slice(0, max)),
    fc.array(fc.constantFrom(...PHRASES), { maxLength: 6 }).map((parts) => parts.join(' ').slice(0, max)),
  );

const minutes = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.integer({ min: 0, max: 600 }),
  fc.double({ min: 0, max: 600, noNaN: true }),
);

const segment = fc.record(
  {
    title: text(PLAN_LIMITS.shortText),
    kind: fc.constantFrom(...SEGMENT_KINDS),
    minutes,
    grouping: fc.constantFrom(...GROUPINGS),
    description: text(PLAN_LIMITS.longText),
    checkForUnderstanding: fc.oneof(
      fc.constant(null),
      fc.record(
        {
          technique: text(PLAN_LIMITS.shortText * 2),
          question: text(PLAN_LIMITS.text),
          decisionRule: text(PLAN_LIMITS.text),
        },
        { requiredKeys: [] },
      ),
    ),
  },
  { requiredKeys: ['title'] },
);

const planArb = fc.record(
  {
    title: text(PLAN_LIMITS.title).map((t) => (t.length === 0 ? 'x' : t)),
    periodMinutes: fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 600 })),
    locale: fc.constantFrom('en', 'es'),
    objectives: fc.array(text(PLAN_LIMITS.text), { maxLength: 5 }),
    successCriteria: fc.array(text(PLAN_LIMITS.text), { maxLength: 3 }),
    materials: fc.array(text(100), { maxLength: 3 }),
    segments: fc.array(segment, { maxLength: 10 }),
    supports: fc.array(
      fc.record(
        { for: text(PLAN_LIMITS.shortText), description: text(PLAN_LIMITS.text) },
        { requiredKeys: ['description'] },
      ),
      {
        maxLength: 3,
      },
    ),
    exitTicket: fc.oneof(fc.constant(null), text(PLAN_LIMITS.text)),
    rationale: fc.dictionary(
      fc.constantFrom('objectives[0]', 'segments[0]', 'segments[1].grouping', 'x.y'),
      text(100),
      {
        maxKeys: 3,
      },
    ),
  },
  { requiredKeys: ['title', 'objectives', 'segments'] },
);

const contextArb: fc.Arbitrary<AnalyzeContext> = fc.record(
  {
    previousNextTime: fc.oneof(fc.constant(null), text(500)),
    focusPractices: fc.array(
      fc.record({ id: fc.string({ minLength: 1, maxLength: 10 }), lookForTerms: fc.array(text(40), { maxLength: 3 }) }),
      {
        maxLength: 2,
      },
    ),
    dismissedRuleIds: fc.subarray(Object.keys(RULE_KINDS)),
  },
  { requiredKeys: [] },
);

/** An evidence path names a field of the plan whose parent exists (the field itself may be absent). */
function resolves(root: unknown, context: AnalyzeContext, path: string): boolean {
  if (path === 'context.previousNextTime') return typeof context.previousNextTime === 'string';
  const parts = [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => m[1] ?? Number(m[2]));
  if (parts.length === 0) return false;
  let node: unknown = root;
  for (const part of parts.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return false;
    node = (node as Record<string | number, unknown>)[part];
  }
  if (node === null || typeof node !== 'object') return false;
  const last = parts[parts.length - 1] as string | number;
  return Array.isArray(node) ? typeof last === 'number' && last < node.length : typeof last === 'string';
}

function checkResult(plan: LessonPlanInput, context: AnalyzeContext) {
  const result = analyzePlan(plan, context);
  expect(typeof result.rulesetVersion).toBe('string');
  const dismissed = new Set(context.dismissedRuleIds ?? []);
  const seen = new Map<string, number>();
  for (const insight of result.insights) {
    expect(isRuleId(insight.ruleId)).toBe(true);
    if (!isRuleId(insight.ruleId)) continue;
    expect(dismissed.has(insight.ruleId)).toBe(false);
    expect(insight.kind).toBe(RULE_KINDS[insight.ruleId]);
    expect(insight.message.trim().length).toBeGreaterThan(0);
    // Every {placeholder} of the template is filled (unless the teacher typed it literally).
    const input = JSON.stringify([plan, context]);
    for (const [placeholder] of MESSAGES[plan.locale ?? 'en'][insight.ruleId].matchAll(/\{\w+\}/g)) {
      if (!input.includes(placeholder)) expect(insight.message).not.toContain(placeholder);
    }
    expect(insight.evidence.length).toBeGreaterThan(0);
    for (const e of insight.evidence) {
      expect(typeof e.text).toBe('string');
      expect(resolves(plan, context, e.field), `${insight.ruleId}: ${e.field}`).toBe(true);
    }
    expect(insight.resourceIds.length).toBeGreaterThan(0);
    for (const id of insight.resourceIds) expect(STRATEGY_CARD_IDS).toContain(id);
    seen.set(insight.ruleId, (seen.get(insight.ruleId) ?? 0) + 1);
  }
  expect(seen.get('rationale.prompt') ?? 0).toBeLessThanOrEqual(1);
  return result;
}

describe('analyzePlan properties', () => {
  it('every rule has a kind, a message in both languages and at least one strategy card', () => {
    for (const id of Object.keys(RULE_KINDS)) {
      expect(isRuleId(id)).toBe(true);
      if (isRuleId(id)) expect(RULE_RESOURCES[id].length).toBeGreaterThan(0);
    }
  });

  it('any valid plan gives a well-formed result without throwing', () => {
    fc.assert(
      fc.property(planArb, contextArb, (raw, context) => {
        const parsed = LessonPlanInput.safeParse(raw);
        fc.pre(parsed.success);
        if (parsed.success) checkResult(parsed.data, context);
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(planArb, (raw) => {
        const parsed = LessonPlanInput.safeParse(raw);
        fc.pre(parsed.success);
        if (parsed.success) expect(analyzePlan(parsed.data)).toEqual(analyzePlan(parsed.data));
      }),
      { numRuns: 100 },
    );
  });

  it('copes with plans at the size bounds', () => {
    const long = (n: number, seed: string) => seed.repeat(Math.ceil(n / seed.length)).slice(0, n);
    for (const seed of ['Students will understand why ', 'áéíóú ñ ¿por qué? ', '🙂👩🏽‍🏫 ', 'x']) {
      const plan = LessonPlanInput.parse({
        title: long(PLAN_LIMITS.title, seed),
        periodMinutes: 600,
        locale: seed.startsWith('á') ? 'es' : 'en',
        objectives: Array.from({ length: PLAN_LIMITS.objectives }, () => long(PLAN_LIMITS.text, seed)),
        successCriteria: Array.from({ length: PLAN_LIMITS.successCriteria }, () => long(PLAN_LIMITS.text, seed)),
        segments: Array.from({ length: PLAN_LIMITS.segments }, (_, i) => ({
          title: long(PLAN_LIMITS.shortText, seed),
          kind: SEGMENT_KINDS[i % SEGMENT_KINDS.length],
          minutes: 12,
          grouping: GROUPINGS[i % GROUPINGS.length],
          description: long(PLAN_LIMITS.longText, seed),
          checkForUnderstanding: { technique: long(100, seed), question: long(PLAN_LIMITS.text, seed) },
        })),
        supports: Array.from({ length: PLAN_LIMITS.supports }, () => ({ description: long(PLAN_LIMITS.text, seed) })),
        exitTicket: long(PLAN_LIMITS.text, seed),
      });
      const started = performance.now();
      checkResult(plan, { previousNextTime: long(2000, seed), focusPractices: [{ id: 'f', lookForTerms: ['why'] }] });
      // A generous ceiling: the bound exists so that the worst case stays interactive.
      expect(performance.now() - started).toBeLessThan(2000);
    }
  });

  it('the schema rejects oversized input', () => {
    const base = { title: 't', objectives: [], segments: [] };
    expect(LessonPlanInput.safeParse({ ...base, title: '' }).success).toBe(false);
    expect(LessonPlanInput.safeParse({ ...base, title: 'x'.repeat(201) }).success).toBe(false);
    expect(LessonPlanInput.safeParse({ ...base, segments: Array(51).fill({ title: 's' }) }).success).toBe(false);
    expect(LessonPlanInput.safeParse({ ...base, objectives: ['x'.repeat(PLAN_LIMITS.text + 1)] }).success).toBe(false);
    expect(LessonPlanInput.safeParse({ ...base, periodMinutes: 601 }).success).toBe(false);
    expect(LessonPlanInput.safeParse({ ...base, date: '24/11/2026' }).success).toBe(false);
    expect(LessonPlanInput.parse(base).visibility).toBe('private');
  });
});
