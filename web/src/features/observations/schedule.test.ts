import { describe, expect, it } from 'vitest';
import type { CaptureQueue } from './noteQueue';
import { addDays, defaultFollowUp, groupByDay, toInstant, toLocalInput } from './schedule';
import { mergeNotes } from './useCapture';

describe('scheduling a visit', () => {
  it('offers a follow-up 14 days after the visit, across months and leap days', () => {
    expect(defaultFollowUp('2026-03-10T10:30')).toBe('2026-03-24');
    expect(defaultFollowUp('2028-02-20T08:00')).toBe('2028-03-05');
    expect(defaultFollowUp('')).toBe('');
    expect(addDays('2026-01-02', -3)).toBe('2025-12-30');
  });

  it('turns the typed local time into an instant and back', () => {
    expect(toInstant('2026-03-10')).toBeNull();
    const instant = toInstant('2026-03-10T10:30');
    expect(instant).toMatch(/^2026-03-1\dT\d\d:30:00\.000Z$/);
    expect(toLocalInput(instant as string)).toBe('2026-03-10T10:30');
  });

  it('groups an agenda by day, days in order', () => {
    const at = (local: string) => toInstant(local) as string;
    const groups = groupByDay(
      [{ at: at('2026-03-11T09:00') }, { at: at('2026-03-10T14:00') }, { at: at('2026-03-11T11:00') }],
      (v) => v.at,
    );
    expect(groups.map((g) => [g.day, g.items.length])).toEqual([
      ['2026-03-10', 1],
      ['2026-03-11', 2],
    ]);
  });
});

describe('the capture list', () => {
  const queue = (notes: CaptureQueue['notes']): CaptureQueue => ({ notes, tallies: {}, talliesError: null });
  const base = { practiceIds: [], lookForIds: [] };

  it('shows each note once: the server’s copy wins over the device’s, newest first', () => {
    const merged = mergeNotes(
      [{ ...base, id: 'n1', clientId: 'c1', at: '2026-03-10T10:01:00Z', text: 'On server', createdAt: '' }],
      queue([
        { ...base, clientId: 'c1', at: '2026-03-10T10:01:00Z', text: 'On server', error: null },
        { ...base, clientId: 'c2', at: '2026-03-10T10:02:00Z', text: 'Waiting', error: null },
        { ...base, clientId: 'c3', at: '2026-03-10T10:03:00Z', text: 'Refused', error: { status: 409, message: 'x' } },
      ]),
    );
    expect(merged.map((n) => [n.clientId, n.state])).toEqual([
      ['c3', 'refused'],
      ['c2', 'queued'],
      ['c1', 'sent'],
    ]);
  });
});
