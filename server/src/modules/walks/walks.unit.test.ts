import { describe, expect, it } from 'vitest';
import { WALK_GRADE_BANDS, WALK_SUBJECTS } from '#core/contracts/walks';
import { namesSomeone } from './no-names';
import { walkClosedNotifier } from './walk-closed-notice';
import { breakdownBy, patternOf, type RoomFacts, reportOf, sortedNotes, studentsOf } from './walks.report';

const room = (overrides: Partial<RoomFacts> = {}): RoomFacts => ({
  evidence: 'seen',
  gradeBand: null,
  subject: null,
  studentsShowing: null,
  studentsObserved: null,
  note: null,
  ...overrides,
});
const orders = { gradeBands: WALK_GRADE_BANDS, subjects: WALK_SUBJECTS };

describe('the walk report', () => {
  it('counts rooms by evidence with whole percentages', () => {
    const rooms = [room(), room(), room({ evidence: 'partly' }), room({ evidence: 'not-seen' }), room(), room()];
    expect(patternOf(rooms)).toEqual({
      seen: { rooms: 4, percent: 67 },
      partly: { rooms: 1, percent: 17 },
      notSeen: { rooms: 1, percent: 17 },
      seenAtLeastPartly: { rooms: 5, percent: 83 },
    });
  });

  it('shows nothing but the count under five rooms', () => {
    const report = reportOf([room({ note: 'x' }), room(), room(), room()], orders);
    expect(report).toEqual({
      minimumGroup: 5,
      roomsVisited: 4,
      suppressed: true,
      pattern: null,
      students: null,
      byGradeBand: null,
      bySubject: null,
      notes: [],
    });
  });

  it('sums student tallies only over five or more tallied rooms', () => {
    const tallied = (showing: number) => room({ studentsShowing: showing, studentsObserved: 20 });
    expect(studentsOf([tallied(10), tallied(5), tallied(0), tallied(20), room()])).toBeNull();
    expect(studentsOf([tallied(10), tallied(5), tallied(0), tallied(20), tallied(15), room()])).toEqual({
      rooms: 5,
      showing: 50,
      observed: 100,
      percent: 50,
    });
  });

  it('shows groups of five or more, and withholds the breakdown when a hidden remainder of 1–4 could be derived', () => {
    const math = Array.from({ length: 5 }, () => room({ subject: 'math' }));
    expect(breakdownBy([...math, room({ subject: 'science' })], (r) => r.subject, WALK_SUBJECTS)).toEqual({
      groups: [],
      roomsNotShown: 6,
      withheld: true,
    });
    // Five hidden rooms (two subjects and unspecified together) only reveal a group of five.
    const rest = [
      room({ subject: 'science' }),
      room({ subject: 'science' }),
      room(),
      room(),
      room({ subject: 'arts' }),
    ];
    const shown = breakdownBy([...math, ...rest], (r) => r.subject, WALK_SUBJECTS);
    expect(shown.withheld).toBe(false);
    expect(shown.roomsNotShown).toBe(5);
    expect(shown.groups.map((g) => g.key)).toEqual(['math']);
    // No group reaches five: nothing to show, nothing to derive.
    expect(breakdownBy(rest, (r) => r.subject, WALK_SUBJECTS)).toEqual({
      groups: [],
      roomsNotShown: 5,
      withheld: false,
    });
  });

  it('orders notes by their text alone', () => {
    const notes = sortedNotes([room({ note: 'zeal' }), room({ note: 'Apple' }), room(), room({ note: 'apple' })]);
    expect(notes).toEqual(['Apple', 'apple', 'zeal']);
  });
});

describe('namesSomeone', () => {
  const names = ['Taylor Teacher', 'José Ramírez', 'Priya Nair', 'Sam Long'];

  it('finds a full name, whatever its case or accents', () => {
    expect(namesSomeone('taylor teacher asked why', names)).toBe(true);
    expect(namesSomeone('Jose Ramirez: great routines', names)).toBe(true);
  });

  it('finds a title followed by a first or last name', () => {
    expect(namesSomeone("Ms. Nair's room", names)).toBe(true);
    expect(namesSomeone('en el aula de la profe Priya', names)).toBe(true);
    expect(namesSomeone('Sr. Ramírez', names)).toBe(true);
  });

  it('leaves ordinary words alone, even when they are part of a name', () => {
    expect(namesSomeone('A long wait before the task; the teacher modelled it.', names)).toBe(false);
    expect(namesSomeone('Pairs explain a step to each other.', names)).toBe(false);
  });
});

describe('walkClosedNotifier', () => {
  it('tells each teacher once, linking to the school’s walks, keyed by walk and person', async () => {
    const sent: unknown[] = [];
    const notifier = walkClosedNotifier(async (_tx, input) => {
      sent.push(input);
    }, 'walk.closed');
    await notifier({} as never, {
      organizationId: 'org',
      schoolId: 'school',
      walkId: 'walk',
      date: '2099-04-14',
      recipientIds: ['a', 'b'],
    });
    expect(sent).toEqual([
      {
        organizationId: 'org',
        userId: 'a',
        kind: 'walk.closed',
        params: { date: '2099-04-14' },
        link: '/walks',
        dedupeKey: 'walk.closed:walk:a',
      },
      {
        organizationId: 'org',
        userId: 'b',
        kind: 'walk.closed',
        params: { date: '2099-04-14' },
        link: '/walks',
        dedupeKey: 'walk.closed:walk:b',
      },
    ]);
  });
});
