import { describe, expect, it } from 'vitest';
import { recommend } from './index';
import { libraryCandidates } from './library-candidates';
import { card, ctx, signals } from './test-helpers';
import type { Recommendation } from './types';

const library = libraryCandidates();
const ids = (list: Recommendation[]) => list.map((r) => r.id);
const rankOf = (list: Recommendation[], id: string) => ids(list).indexOf(id);

describe('recommend: signals', () => {
  it('starts a new teacher with starter picks, each saying so', () => {
    const list = recommend(signals(), library, [], ctx());
    expect(list).toHaveLength(5);
    expect(list[0]?.id).toBe('checks-for-understanding');
    for (const r of list) expect(r.reasons[0]).toEqual({ code: 'starter' });
  });

  it('adds what similar teachers found useful to a cold start', () => {
    const peers = [{ cardId: 'sentence-frames', useful: 30, notUseful: 2, tried: 10 }];
    const list = recommend(signals(), library, peers, ctx());
    const frames = list.find((r) => r.id === 'sentence-frames');
    expect(frames?.reasons).toContainEqual({ code: 'similar-teachers', teachers: 30 });
  });

  it('follows the growth focus', () => {
    const growthFocus = [
      {
        practiceId: 'p-q',
        title: 'Higher-order questioning',
        practiceTags: ['questioning'],
        cardIds: ['higher-order-questions'],
      },
    ];
    const list = recommend(signals({ growthFocus }), library, [], ctx());
    expect(list[0]?.id).toBe('higher-order-questions');
    expect(list[0]?.reasons[0]).toEqual({ code: 'growth-focus', practice: 'Higher-order questioning' });
  });

  it('counts the plans an insight keeps coming back in', () => {
    const planInsights = ['a', 'b', 'c'].map((planId, i) => ({
      planId,
      ruleId: 'cfu.missing',
      date: `2026-11-1${i}`,
      cardIds: ['checks-for-understanding', 'hinge-questions'],
    }));
    const list = recommend(signals({ planInsights }), library, [], ctx());
    expect(list[0]?.id).toBe('checks-for-understanding');
    expect(list[0]?.reasons[0]).toEqual({ code: 'plan-insight', ruleId: 'cfu.missing', plans: 3 });
    expect(ids(list)).toContain('hinge-questions');
  });

  it('weighs a fresh insight over one from a year ago, and strengths not at all', () => {
    const planInsights = [
      { planId: 'old', ruleId: 'closure.missing', date: '2025-11-01', cardIds: ['closure'] },
      { planId: 'new', ruleId: 'talk.no-structure', date: '2026-11-19', cardIds: ['structured-student-talk'] },
      { planId: 'new', ruleId: 'strength.higher-order', date: '2026-11-19', cardIds: ['higher-order-questions'] },
    ];
    const list = recommend(signals({ planInsights }), library, [], ctx({ limit: 25 }));
    expect(rankOf(list, 'structured-student-talk')).toBeLessThan(rankOf(list, 'closure'));
    const rules = list.flatMap((r) =>
      r.reasons.flatMap((reason) => (reason.code === 'plan-insight' ? [reason.ruleId] : [])),
    );
    expect(rules).not.toContain('strength.higher-order');
  });

  it('uses reflection themes', () => {
    const list = recommend(
      signals({ reflectionThemes: [{ practiceTag: 'misconceptions', count: 3 }] }),
      library,
      [],
      ctx(),
    );
    expect(list[0]?.id).toBe('misconceptions');
    expect(list[0]?.reasons[0]).toEqual({ code: 'reflection-theme', practiceTag: 'misconceptions', reflections: 3 });
  });

  it('puts an open action step before the rest', () => {
    const step = { id: 's1', text: 'Plan a closure students lead', practiceTags: ['closure'], dueOn: null };
    const list = recommend(
      signals({ openActionSteps: [step], reflectionThemes: [{ practiceTag: 'supports', count: 1 }] }),
      library,
      [],
      ctx(),
    );
    expect(list[0]?.id).toBe('closure');
    expect(list[0]?.reasons[0]).toEqual({ code: 'action-step', actionStep: step.text });
  });

  it('never pushes a card marked "not useful" again, on any surface', () => {
    const reactions = [{ cardId: 'checks-for-understanding', useful: false }];
    const planInsights = [
      { planId: 'a', ruleId: 'cfu.missing', date: '2026-11-19', cardIds: ['checks-for-understanding'] },
    ];
    for (const surface of ['home', 'planner', 'feedback', 'digest'] as const) {
      const list = recommend(
        signals({ reactions, planInsights }),
        library,
        [],
        ctx({ surface, ruleId: 'cfu.missing', limit: 30 }),
      );
      expect(ids(list), surface).not.toContain('checks-for-understanding');
    }
  });

  it('recommends cards related to one found useful, saying which', () => {
    const list = recommend(signals({ reactions: [{ cardId: 'think-pair-share', useful: true }] }), library, [], ctx());
    const related = list.find((r) => r.reasons[0]?.code === 'liked-related');
    expect(related).toBeDefined();
    expect(related?.id).not.toBe('think-pair-share');
    expect(related?.reasons[0]).toEqual({ code: 'liked-related', cardId: 'think-pair-share' });
  });

  it('steps a tried card back on home but still allows it', () => {
    const tags = ['questioning'];
    const candidates = [card('a', tags), card('b', tags)];
    const tried = [{ cardId: 'a', planId: null }];
    const base = signals({ reflectionThemes: [{ practiceTag: 'questioning', count: 2 }] });
    expect(ids(recommend(base, candidates, [], ctx()))).toEqual(['a', 'b']);
    expect(ids(recommend({ ...base, tried }, candidates, [], ctx()))).toEqual(['b', 'a']);
  });

  it('smooths peer votes: 1 of 1 does not beat 40 of 45', () => {
    const candidates = [card('a', ['x']), card('b', ['x'])];
    const peers = [
      { cardId: 'a', useful: 1, notUseful: 0, tried: 0 },
      { cardId: 'b', useful: 40, notUseful: 5, tried: 0 },
    ];
    expect(ids(recommend(signals(), candidates, peers, ctx()))).toEqual(['b', 'a']);
  });

  it('lets cards shown again and again without being opened fade, and recover with time', () => {
    const candidates = [card('a', ['x']), card('b', ['x'])];
    const shown = (at: string) => [1, 2, 3, 4].map(() => ({ cardId: 'a', at, opened: false }));
    expect(ids(recommend(signals({ seen: shown('2026-11-18') }), candidates, [], ctx()))).toEqual(['b', 'a']);
    const peers = [{ cardId: 'a', useful: 5, notUseful: 0, tried: 0 }];
    expect(ids(recommend(signals({ seen: shown('2025-01-01') }), candidates, peers, ctx()))).toEqual(['a', 'b']);
  });

  it('prefers cards written for the teacher’s grade band and subject', () => {
    const candidates = [
      card('a', ['x'], { gradeBands: ['K-2'] }),
      card('b', ['x'], { subjects: ['art'] }),
      card('c', ['x'], { subjects: ['math'], gradeBands: ['6-8'] }),
    ];
    const list = recommend(signals({ reflectionThemes: [{ practiceTag: 'x', count: 1 }] }), candidates, [], ctx());
    expect(ids(list)).toEqual(['c', 'b', 'a']);
  });
});

describe('recommend: surfaces, locale, variety', () => {
  it('in the planner, shows the cards of the insight in view first, main read first', () => {
    const list = recommend(signals(), library, [], ctx({ surface: 'planner', ruleId: 'closure.missing' }));
    expect(ids(list).slice(0, 2)).toEqual(['closure', 'exit-tickets']);
    expect(list[0]?.reasons[0]).toEqual({ code: 'plan-insight', ruleId: 'closure.missing', plans: 1 });
  });

  it('in feedback, shows the action step’s practices first', () => {
    const steps = [
      { id: 's1', text: 'Use sentence frames', practiceTags: ['supports'], dueOn: null },
      { id: 's2', text: 'Ask why', practiceTags: ['questioning'], dueOn: null },
    ];
    const list = recommend(
      signals({ openActionSteps: steps }),
      library,
      [],
      ctx({ surface: 'feedback', actionStepId: 's1' }),
    );
    for (const r of list.slice(0, 3)) {
      expect(library.find((c) => c.id === r.id)?.practiceTags).toContain('supports');
      expect(r.reasons[0]).toEqual({ code: 'action-step', actionStep: 'Use sentence frames' });
    }
  });

  it('keeps to the teacher’s language unless nothing else is there', () => {
    const candidates = [card('en-only', ['x'], { locales: ['en'] }), card('both', ['y'])];
    const peers = [{ cardId: 'en-only', useful: 50, notUseful: 0, tried: 0 }];
    expect(ids(recommend(signals({ locale: 'es' }), candidates, peers, ctx()))).toEqual(['both']);
    expect(ids(recommend(signals({ locale: 'es' }), [candidates[0]!], peers, ctx()))).toEqual(['en-only']);
  });

  it('mixes practices on home: the top five are not all one practice', () => {
    const same = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => card(id, ['questioning']));
    const other = card('z', ['closure']);
    const s = signals({ reflectionThemes: [{ practiceTag: 'questioning', count: 3 }] });
    const list = recommend(s, [...same, other], [], ctx({ limit: 5 }));
    expect(ids(list)).toContain('z');
  });

  it('is deterministic: same input, same output, whatever the candidates’ order', () => {
    const s = signals({
      reflectionThemes: [{ practiceTag: 'questioning', count: 1 }],
      reactions: [{ cardId: 'closure', useful: true }],
    });
    const a = recommend(s, library, [], ctx({ limit: 10 }));
    const b = recommend(s, [...library].reverse(), [], ctx({ limit: 10 }));
    expect(b).toEqual(a);
  });

  it('returns nothing for a limit of 0 or no candidates', () => {
    expect(recommend(signals(), library, [], ctx({ limit: 0 }))).toEqual([]);
    expect(recommend(signals(), [], [], ctx())).toEqual([]);
  });
});
