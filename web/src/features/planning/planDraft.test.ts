import { describe, expect, it } from 'vitest';
import { copyOf, forSaving, moveInList, type PlanDraft, removeFromList, toDraft, totalMinutes } from './planDraft';

const draft = (over: Partial<PlanDraft> = {}): PlanDraft => ({
  title: 'Fractions',
  objectives: ['Compare fractions', ''],
  successCriteria: ['', 'I can place 3/4 on a number line'],
  segments: [
    { title: 'A', minutes: 5 },
    { title: 'B', minutes: 20 },
    { title: 'C', minutes: null },
  ],
  rationale: { 'segments[0]': 'why A', 'segments[1].grouping': 'why B pairs', 'objectives[0]': 'why obj' },
  ...over,
});

describe('plan drafts', () => {
  it('moving a segment carries its "why" notes along and shifts the ones in between', () => {
    const moved = moveInList(draft(), 'segments', 0, 2);
    expect(moved.segments.map((s) => s.title)).toEqual(['B', 'C', 'A']);
    expect(moved.rationale).toEqual({
      'segments[2]': 'why A',
      'segments[0].grouping': 'why B pairs',
      'objectives[0]': 'why obj',
    });
    const back = moveInList(moved, 'segments', 2, 0);
    expect(back).toEqual(draft());
  });

  it('removing a segment drops its notes and renumbers later ones', () => {
    const removed = removeFromList(draft(), 'segments', 0);
    expect(removed.segments.map((s) => s.title)).toEqual(['B', 'C']);
    expect(removed.rationale).toEqual({ 'segments[0].grouping': 'why B pairs', 'objectives[0]': 'why obj' });
  });

  it('ignores moves outside the list', () => {
    const same = draft();
    expect(moveInList(same, 'segments', 0, 3)).toBe(same);
  });

  it('saves without blank rows or empty notes, and counts minutes', () => {
    const saved = forSaving(draft({ rationale: { 'segments[0]': '  ' } }));
    expect(saved.objectives).toEqual(['Compare fractions']);
    expect(saved.successCriteria).toEqual(['I can place 3/4 on a number line']);
    expect(saved.rationale).toEqual({});
    expect(totalMinutes(draft().segments)).toBe(25);
  });

  it('a copy is private, for the new lesson, without the server’s bookkeeping', () => {
    const stored = {
      ...draft({ visibility: 'team', classId: 'c1', date: '2026-11-02', periodMinutes: 50 }),
      id: 'p',
      ownerId: 'o',
      version: 3,
      status: 'taught' as const,
      createdAt: 'x',
      updatedAt: 'y',
      visibility: 'team' as const,
      objectives: ['Compare fractions'],
    };
    const copy = copyOf(stored as never, { classId: 'c2', date: '2026-11-30' });
    expect(copy).toMatchObject({ classId: 'c2', date: '2026-11-30', periodMinutes: 50, visibility: 'private' });
    expect(copy).not.toHaveProperty('id');
    expect(copy).not.toHaveProperty('version');
    expect(toDraft(stored as never)).not.toHaveProperty('ownerId');
  });
});
