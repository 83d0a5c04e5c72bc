import { describe, expect, it } from 'vitest';
import type { LessonPlan } from '#core/contracts/planning';
import type { LocalDraft } from './draftStore';
import { resumeFrom } from './resume';

const plan = (version: number, title = 'Fractions'): LessonPlan => ({
  id: 'p1',
  ownerId: 'u1',
  version,
  status: 'draft',
  createdAt: '2026-11-20T10:00:00.000Z',
  updatedAt: '2026-11-20T10:00:00.000Z',
  title,
  objectives: ['Compare fractions'],
  segments: [],
  visibility: 'private',
});
const local = (baseVersion: number, title: string): LocalDraft => ({
  planId: 'p1',
  userId: 'u1',
  baseVersion,
  base: plan(baseVersion),
  draft: { title, objectives: ['Compare fractions', ''], segments: [], visibility: 'private' },
  updatedAt: '2026-11-20T10:05:00.000Z',
});

describe('reopening a plan with text typed on this device', () => {
  it('opens the server plan when there is nothing new here (blank rows do not count)', () => {
    expect(resumeFrom(plan(2), null).kind).toBe('server');
    expect(resumeFrom(plan(2), local(2, 'Fractions')).kind).toBe('server');
  });

  it('resumes the device text when it was written on the current version', () => {
    expect(resumeFrom(plan(2), local(2, 'Fractions, day 2'))).toMatchObject({ kind: 'local', baseVersion: 2 });
  });

  it('asks the teacher to choose when the server moved on meanwhile', () => {
    const resume = resumeFrom(plan(3, 'Changed elsewhere'), local(2, 'Typed offline'));
    expect(resume).toMatchObject({
      kind: 'conflict',
      mine: { title: 'Typed offline' },
      theirs: { title: 'Changed elsewhere' },
    });
  });

  it('offline, opens what the device has', () => {
    expect(resumeFrom(null, local(2, 'Typed offline'))).toMatchObject({
      kind: 'local',
      draft: { title: 'Typed offline' },
    });
    expect(resumeFrom(null, null).kind).toBe('none');
  });
});
