import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collaborationMinutes, mergeBlocks } from './minutes';

const at = (iso: string) => new Date(iso);
const meeting = (start: string, minutes: number) => ({
  start: at(start),
  end: new Date(at(start).getTime() + minutes * 60_000),
});

describe('collaboration minutes', () => {
  it('counts held minutes per ISO week and the longest block against the 90-minute benchmark', () => {
    const weeks = collaborationMinutes(
      [
        meeting('2026-11-16T15:00:00Z', 45), // Monday
        meeting('2026-11-18T15:00:00Z', 45), // Wednesday: 90 in the week, but never 90 at once
        meeting('2026-11-24T14:00:00Z', 60), // next Tuesday…
        meeting('2026-11-24T15:00:00Z', 30), // …back to back: one 90-minute block
      ],
      '2026-11-16',
      '2026-11-29',
    );
    expect(weeks).toEqual([
      { weekStart: '2026-11-16', week: '2026-W47', minutes: 90, longestBlock: 45, meetsBenchmark: false },
      { weekStart: '2026-11-23', week: '2026-W48', minutes: 90, longestBlock: 90, meetsBenchmark: true },
    ]);
  });

  it('counts overlapping minutes once and lists empty weeks at zero', () => {
    const weeks = collaborationMinutes(
      [meeting('2026-01-06T10:00:00Z', 60), meeting('2026-01-06T10:30:00Z', 60)],
      '2026-01-05',
      '2026-01-18',
    );
    expect(weeks.map((w) => [w.minutes, w.longestBlock])).toEqual([
      [90, 90],
      [0, 0],
    ]);
  });

  it('ignores meetings outside the range and empty ones', () => {
    const weeks = collaborationMinutes(
      [meeting('2025-01-06T10:00:00Z', 60), meeting('2026-01-06T10:00:00Z', 0)],
      '2026-01-05',
      '2026-01-11',
    );
    expect(weeks[0]!.minutes).toBe(0);
  });
});

const START = Date.UTC(2026, 0, 5);
const arbMeetings = fc.array(
  fc.record({ offset: fc.integer({ min: 0, max: 20 * 24 * 60 }), minutes: fc.integer({ min: 1, max: 240 }) }),
  { maxLength: 25 },
);
const toMeetings = (list: { offset: number; minutes: number }[]) =>
  list.map(({ offset, minutes }) => ({
    start: new Date(START + offset * 60_000),
    end: new Date(START + (offset + minutes) * 60_000),
  }));

describe('collaboration minutes, for any set of meetings', () => {
  it('never count more than the meetings last, nor a block longer than its week', () => {
    fc.assert(
      fc.property(arbMeetings, (list) => {
        const meetings = toMeetings(list);
        const weeks = collaborationMinutes(meetings, '2026-01-05', '2026-02-01');
        const total = weeks.reduce((sum, w) => sum + w.minutes, 0);
        expect(total).toBeLessThanOrEqual(list.reduce((sum, m) => sum + m.minutes, 0));
        for (const w of weeks) expect(w.longestBlock).toBeLessThanOrEqual(w.minutes);
        expect(weeks.every((w) => w.meetsBenchmark === w.longestBlock >= 90)).toBe(true);
      }),
    );
  });

  it('do not depend on the order meetings come in', () => {
    fc.assert(
      fc.property(arbMeetings, (list) => {
        const a = collaborationMinutes(toMeetings(list), '2026-01-05', '2026-02-01');
        const b = collaborationMinutes(toMeetings([...list].reverse()), '2026-01-05', '2026-02-01');
        expect(b).toEqual(a);
      }),
    );
  });

  it('give the same answer when a meeting is split into back-to-back parts', () => {
    fc.assert(
      fc.property(arbMeetings, fc.integer({ min: 1, max: 239 }), (list, cut) => {
        const whole = { offset: 3 * 24 * 60, minutes: 240 };
        const parts = [
          { offset: whole.offset, minutes: cut },
          { offset: whole.offset + cut, minutes: 240 - cut },
        ];
        const a = collaborationMinutes(toMeetings([...list, whole]), '2026-01-05', '2026-02-01');
        const b = collaborationMinutes(toMeetings([...list, ...parts]), '2026-01-05', '2026-02-01');
        expect(b).toEqual(a);
      }),
    );
  });

  it('merge into disjoint blocks in time order that cover every meeting', () => {
    fc.assert(
      fc.property(arbMeetings, (list) => {
        const meetings = toMeetings(list);
        const blocks = mergeBlocks(meetings);
        for (let i = 1; i < blocks.length; i++) expect(blocks[i]!.start).toBeGreaterThan(blocks[i - 1]!.end);
        for (const m of meetings)
          expect(blocks.some((b) => b.start <= m.start.getTime() && m.end.getTime() <= b.end)).toBe(true);
      }),
    );
  });
});
