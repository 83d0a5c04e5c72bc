import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScorer } from './fast-score';
import { recommend } from './index';
import { peerScores, wilsonLowerBound } from './peers';
import { buildProfile, cardTagIndex } from './profile';
import { explain } from './score';
import { card, ctx } from './test-helpers';
import type { Candidate, PeerUsefulness, Surface, TeacherSignals } from './types';

const TAGS = ['questioning', 'closure', 'supports', 'objectives', 'student-talk', 'pacing'];
const tag = fc.constantFrom(...TAGS);
const tags = fc.uniqueArray(tag, { minLength: 1, maxLength: 3 });
const date = fc
  .integer({ min: 0, max: 400 })
  .map((d) => new Date(Date.UTC(2026, 10, 20) - d * 86_400_000).toISOString());

const candidates = fc
  .array(
    fc.record({
      tags,
      locales: fc.constantFrom<('en' | 'es')[]>(['en', 'es'], ['en'], ['es']),
      bands: fc.constantFrom<Candidate['gradeBands']>(['6-8'], ['K-2', '3-5'], []),
    }),
    { minLength: 1, maxLength: 30 },
  )
  .map((rows) => rows.map((r, i) => card(`c${i}`, r.tags, { locales: r.locales, gradeBands: r.bands })));

const cardId = fc.integer({ min: 0, max: 35 }).map((i) => `c${i}`);

const teacher: fc.Arbitrary<TeacherSignals> = fc.record({
  locale: fc.constantFrom('en' as const, 'es' as const),
  subjects: fc.constant(['math']),
  gradeBands: fc.constantFrom<TeacherSignals['gradeBands']>(['6-8'], []),
  growthFocus: fc.array(fc.record({ practiceId: fc.string(), title: fc.string(), practiceTags: tags }), {
    maxLength: 2,
  }),
  planInsights: fc.array(
    fc.record({
      planId: fc.constantFrom('p1', 'p2', 'p3'),
      ruleId: fc.constantFrom('cfu.missing', 'closure.missing', 'strength.higher-order', 'unknown.rule'),
      date: fc.option(date),
      cardIds: fc.array(cardId, { maxLength: 2 }),
    }),
    { maxLength: 8 },
  ),
  reflectionThemes: fc.array(fc.record({ practiceTag: tag, count: fc.integer({ min: 0, max: 5 }) }), { maxLength: 3 }),
  openActionSteps: fc.array(
    fc.record({ id: fc.constantFrom('s1', 's2'), text: fc.string(), practiceTags: tags, dueOn: fc.constant(null) }),
    { maxLength: 2 },
  ),
  reactions: fc.array(fc.record({ cardId, useful: fc.boolean() }), { maxLength: 6 }),
  tried: fc.array(fc.record({ cardId, planId: fc.constant(null) }), { maxLength: 4 }),
  seen: fc.array(fc.record({ cardId, at: date, opened: fc.boolean() }), { maxLength: 10 }),
});

const peers: fc.Arbitrary<PeerUsefulness> = fc.array(
  fc.record({
    cardId,
    useful: fc.nat({ max: 50 }),
    notUseful: fc.nat({ max: 50 }),
    tried: fc.nat({ max: 20 }),
  }),
  { maxLength: 10 },
);

const context = fc.record({
  surface: fc.constantFrom<Surface>('home', 'planner', 'feedback', 'digest'),
  ruleId: fc.option(fc.constantFrom('cfu.missing', 'closure.missing'), { nil: undefined }),
  actionStepId: fc.option(fc.constantFrom('s1', 's2', 'nope'), { nil: undefined }),
  limit: fc.integer({ min: 0, max: 12 }),
});

describe('recommend: properties', () => {
  it('never returns more than the limit, each item once, each with a reason', () => {
    fc.assert(
      fc.property(teacher, candidates, peers, context, (s, cs, ps, c) => {
        const list = recommend(s, cs, ps, ctx(c));
        expect(list.length).toBeLessThanOrEqual(c.limit);
        expect(new Set(list.map((r) => r.id)).size).toBe(list.length);
        for (const r of list) expect(r.reasons.length).toBeGreaterThan(0);
      }),
    );
  });

  it('drops "not useful" cards and keeps to the teacher’s language when it can', () => {
    fc.assert(
      fc.property(teacher, candidates, peers, context, (s, cs, ps, c) => {
        const list = recommend(s, cs, ps, ctx(c));
        const last = new Map(s.reactions.map((r) => [r.cardId, r.useful]));
        for (const r of list) expect(last.get(r.id)).not.toBe(false);
        const anyInLocale = cs.some((x) => x.locales.includes(s.locale) && last.get(x.id) !== false);
        if (anyInLocale) {
          for (const r of list) expect(cs.find((x) => x.id === r.id)?.locales).toContain(s.locale);
        }
      }),
    );
  });

  it('is deterministic, whatever the order of the candidates', () => {
    fc.assert(
      fc.property(teacher, candidates, peers, context, fc.integer(), (s, cs, ps, c, seed) => {
        const shuffled = [...cs].sort(
          (a, b) => ((a.id.length * seed) % 7) - ((b.id.length * seed) % 7) || (a.id < b.id ? 1 : -1),
        );
        expect(recommend(s, shuffled, ps, ctx(c))).toEqual(recommend(s, cs, ps, ctx(c)));
      }),
    );
  });

  it('never lowers a card’s rank among equal cards when it gains a useful peer vote', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ useful: fc.nat({ max: 30 }), notUseful: fc.nat({ max: 30 }) }), {
          minLength: 2,
          maxLength: 8,
        }),
        fc.nat(),
        (votes, pick) => {
          const cs = votes.map((_, i) => card(`c${i}`, ['questioning']));
          const target = `c${pick % votes.length}`;
          const before: PeerUsefulness = votes.map((v, i) => ({ cardId: `c${i}`, ...v, tried: 0 }));
          const after = before.map((p) => (p.cardId === target ? { ...p, useful: p.useful + 1 } : p));
          const rank = (ps: PeerUsefulness) =>
            recommend(blankSignals(), cs, ps, ctx({ limit: cs.length })).findIndex((r) => r.id === target);
          expect(rank(after)).toBeLessThanOrEqual(rank(before));
        },
      ),
    );
  });

  it('spans at least two main practices in the top five on home, when the candidates allow', () => {
    fc.assert(
      fc.property(teacher, candidates, peers, (s, cs, ps) => {
        const open = { ...s, reactions: [] };
        const pool = cs.filter((c) => c.locales.includes(s.locale));
        fc.pre(new Set(pool.map((c) => c.practiceTags[0])).size >= 2 && pool.length >= 5);
        const top = recommend(open, cs, ps, ctx({ surface: 'home', limit: 5 }));
        expect(new Set(top.map((r) => cs.find((c) => c.id === r.id)?.practiceTags[0])).size).toBeGreaterThanOrEqual(2);
      }),
    );
  });

  it('scores fast exactly as the explained reference does', () => {
    fc.assert(
      fc.property(teacher, candidates, peers, context, (s, cs, ps, c) => {
        const full = ctx(c);
        const profile = buildProfile(s, cardTagIndex(cs, s), full);
        const peerMap = peerScores(ps);
        const fast = createScorer(s, profile, peerMap, full.surface);
        for (const x of cs) {
          expect(fast(x)).toBeCloseTo(explain(x, s, profile, peerMap, full.surface).score, 12);
        }
      }),
    );
  });

  it('smooths: the Wilson bound grows with each useful vote and ranks 40/45 over 1/1', () => {
    expect(wilsonLowerBound(40, 45)).toBeGreaterThan(wilsonLowerBound(1, 1));
    fc.assert(
      fc.property(fc.nat({ max: 200 }), fc.nat({ max: 200 }), (useful, notUseful) => {
        const n = useful + notUseful;
        expect(wilsonLowerBound(useful + 1, n + 1)).toBeGreaterThanOrEqual(wilsonLowerBound(useful, n));
      }),
    );
  });
});

function blankSignals(): TeacherSignals {
  return {
    locale: 'en',
    subjects: [],
    gradeBands: [],
    growthFocus: [],
    planInsights: [],
    reflectionThemes: [],
    openActionSteps: [],
    reactions: [],
    tried: [],
    seen: [],
  };
}
