import { describe, expect, it } from 'vitest';
import { PathwayBody } from '../contracts/pathways';
import {
  localized,
  moveStep,
  percentOf,
  planSteps,
  progressOf,
  removeStep,
  shownStepCounts,
  statusProblem,
  stepCounts,
} from './index';

const card = (cardId: string, id?: string) => ({ kind: 'card' as const, cardId, ...(id && { id }) });

describe('planSteps', () => {
  it('keeps known steps in their new place, adds new ones and removes those left out', () => {
    const plan = planSteps([{ id: 'a' }, { id: 'b' }, { id: 'c' }], [card('x', 'c'), card('y'), card('z', 'a')]);
    expect(plan.errors).toEqual([]);
    expect(plan.keep.map((s) => [s.id, s.position])).toEqual([
      ['c', 0],
      ['a', 2],
    ]);
    expect(plan.insert.map((s) => s.position)).toEqual([1]);
    expect(plan.remove).toEqual(['b']);
  });

  it('names unknown and repeated steps and repeated cards by their path', () => {
    const plan = planSteps([{ id: 'a' }], [card('x', 'a'), card('x', 'a'), card('y', 'nope')]);
    expect(plan.errors).toEqual([
      { path: 'steps.1.id', message: 'List each step once.' },
      { path: 'steps.1.cardId', message: 'This card is already a step.' },
      { path: 'steps.2.id', message: 'Not a step of this pathway.' },
    ]);
  });
});

describe('ordering', () => {
  it('moves one place up or down and ignores moves off the ends', () => {
    expect(moveStep(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveStep(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveStep(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveStep(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
    expect(removeStep(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
  });
});

describe('progress', () => {
  it('counts only completions of steps that still exist', () => {
    expect(progressOf(['a', 'b'], ['a', 'gone'])).toEqual({ completed: 1, total: 2 });
    expect(percentOf({ completed: 2, total: 3 })).toBe(66);
    expect(percentOf({ completed: 0, total: 0 })).toBe(0);
  });

  it('counts per step only enrolled learners', () => {
    const counts = stepCounts(
      ['a', 'b'],
      [
        { stepId: 'a', userId: 'u1' },
        { stepId: 'a', userId: 'u2' },
        { stepId: 'b', userId: 'left' },
      ],
      new Set(['u1', 'u2']),
    );
    expect([...counts]).toEqual([
      ['a', 2],
      ['b', 0],
    ]);
  });
});

describe('status and text', () => {
  it('refuses to publish an empty pathway', () => {
    expect(statusProblem('draft', 'published', 0)).toMatch(/at least one step/);
    expect(statusProblem('draft', 'published', 1)).toBeNull();
    expect(statusProblem('archived', 'draft', 2)).not.toBeNull();
  });

  it('falls back to the other language', () => {
    expect(localized({ es: 'Hola' }, 'en')).toBe('Hola');
    expect(localized({ en: 'Hi', es: 'Hola' }, 'es')).toBe('Hola');
    expect(localized(null, 'en')).toBeNull();
  });

  it('validates a pathway body', () => {
    const ok = PathwayBody.safeParse({ title: { en: 'New teachers' }, audience: 'new_teachers', steps: [card('x')] });
    expect(ok.success).toBe(true);
    expect(PathwayBody.safeParse({ title: {}, audience: 'new_teachers' }).success).toBe(false);
    expect(PathwayBody.safeParse({ title: { en: 'a\u0000' }, audience: 'teachers' }).success).toBe(false);
    expect(PathwayBody.safeParse({ title: { en: 'a' }, audience: 'students' }).success).toBe(false);
  });
});

describe('step counts an author sees', () => {
  it('hides every count while fewer than five people follow the pathway', () => {
    const counts = new Map([
      ['a', 1],
      ['b', 0],
    ]);
    expect([...shownStepCounts(counts, 4)]).toEqual([
      ['a', null],
      ['b', null],
    ]);
    expect([...shownStepCounts(counts, 5)]).toEqual([
      ['a', 1],
      ['b', 0],
    ]);
  });
});
