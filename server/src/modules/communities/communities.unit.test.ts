import { describe, expect, it } from 'vitest';
import { profilesByThread, spansMatch } from './coding';
import { digestMail, isoWeek, weeklyOnMonday, weekStart } from './weekly-digest';

describe('ISO weeks for the weekly digest', () => {
  it('names the week by its Thursday’s year', () => {
    expect(isoWeek(new Date('2026-11-23T08:00:00Z'))).toBe('2026-W48');
    expect(isoWeek(new Date('2026-11-29T23:59:00Z'))).toBe('2026-W48');
    expect(isoWeek(new Date('2021-01-03T12:00:00Z'))).toBe('2020-W53');
    expect(isoWeek(new Date('2024-12-30T12:00:00Z'))).toBe('2025-W01');
  });

  it('starts the week on Monday, 00:00 UTC', () => {
    expect(weekStart(new Date('2026-11-26T15:00:00Z')).toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(weekStart(new Date('2026-11-22T15:00:00Z')).toISOString()).toBe('2026-11-16T00:00:00.000Z');
  });

  it('has one slot a week, from Monday 07:00 UTC on', () => {
    const schedule = weeklyOnMonday('digest');
    expect(schedule.slot(new Date('2026-11-23T06:59:00Z'))).toBeNull();
    const monday = schedule.slot(new Date('2026-11-23T07:00:00Z'));
    const friday = schedule.slot(new Date('2026-11-27T10:00:00Z'));
    expect(monday).toEqual({ key: 'digest@2026-W48', runAt: new Date('2026-11-23T07:00:00Z') });
    expect(friday).toEqual(monday);
  });
});

describe('digest mail', () => {
  it('speaks the reader’s language and counts in the singular and plural', () => {
    const items = [
      { title: 'Ratios', communityName: 'Maths', newPosts: 1, link: 'http://x/t/1' },
      { title: 'Rates', communityName: 'Maths', newPosts: 3, link: 'http://x/t/2' },
    ];
    const en = digestMail('en', { name: 'Ana', items, settingsUrl: 'http://x/settings' });
    expect(en.text).toContain('- Ratios (Maths): 1 new post\n');
    expect(en.text).toContain('- Rates (Maths): 3 new posts');
    const es = digestMail('es', { name: 'Ana', items, settingsUrl: 'http://x/settings' });
    expect(es.subject).toBe('Tu semana en las comunidades de Conecta');
    expect(es.text).toContain('1 aporte nuevo\n');
    expect(es.text).toContain('3 aportes nuevos');
  });
});

describe('codes and profiles', () => {
  const code = (start: number, end: number, text: string) => ({
    presence: 'cognitive' as const,
    category: 'triggering' as const,
    indicator: 'puzzlement' as const,
    evidence: { start, end, text },
    confidence: 0.8,
  });

  it('accepts evidence only at its place in the post', () => {
    expect(spansMatch('I am puzzled here', [code(5, 12, 'puzzled')])).toBe(true);
    expect(spansMatch('I am puzzled here', [code(4, 11, 'puzzled')])).toBe(false);
    expect(spansMatch('short', [code(0, 50, 'short')])).toBe(false);
    expect(spansMatch('short', [code(3, 1, '')])).toBe(false);
    expect(spansMatch('anything', [])).toBe(true);
  });

  it('profiles several threads at once', () => {
    const rows = [
      ...Array.from({ length: 8 }, () => ({
        threadId: 'a',
        phase: 'exploration' as const,
        authorIsFacilitator: false,
      })),
      { threadId: 'b', phase: 'resolution' as const, authorIsFacilitator: true },
    ];
    const profiles = profilesByThread(rows);
    expect(profiles.get('a')).toMatchObject({ posts: 8, stuckInExploration: true, facilitatorDominance: false });
    expect(profiles.get('b')).toMatchObject({ posts: 1, stuckInExploration: false, facilitatorDominance: true });
  });
});
