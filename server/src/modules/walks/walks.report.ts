import {
  WALK_MIN_GROUP,
  type WalkEvidence,
  type WalkGradeBand,
  type WalkPattern,
  type WalkReport,
  type WalkSubject,
} from '#core/contracts/walks';

/** What the report may know about a room: nothing that points at a person, a room or a moment. */
export type RoomFacts = {
  evidence: WalkEvidence;
  gradeBand: WalkGradeBand | null;
  subject: WalkSubject | null;
  studentsShowing: number | null;
  studentsObserved: number | null;
  note: string | null;
};

type Breakdown = NonNullable<WalkReport['byGradeBand']>;

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 100));

/** Rooms by evidence, as counts and as a share of all the rooms counted. */
export function patternFromCounts(counts: { seen: number; partly: number; notSeen: number }): WalkPattern {
  const total = counts.seen + counts.partly + counts.notSeen;
  const share = (n: number) => ({ rooms: n, percent: percent(n, total) });
  return {
    seen: share(counts.seen),
    partly: share(counts.partly),
    notSeen: share(counts.notSeen),
    seenAtLeastPartly: share(counts.seen + counts.partly),
  };
}

export function patternOf(rooms: readonly Pick<RoomFacts, 'evidence'>[]): WalkPattern {
  const count = (kind: WalkEvidence) => rooms.filter((r) => r.evidence === kind).length;
  return patternFromCounts({ seen: count('seen'), partly: count('partly'), notSeen: count('not-seen') });
}

/** Fewer than five rooms: nothing but the count is shown (PEDAGOGY.md §6). */
export const isSuppressed = (roomsVisited: number) => roomsVisited < WALK_MIN_GROUP;

/**
 * Groups of five rooms or more. Rooms without a value, and groups under five, are left out; and
 * when what is left out is between one and four rooms, the whole breakdown is withheld, since
 * the total minus the shown groups would reveal that small group.
 */
export function breakdownBy<K extends string>(
  rooms: readonly RoomFacts[],
  keyOf: (room: RoomFacts) => K | null,
  order: readonly K[],
): Breakdown {
  const groups = order
    .map((key) => ({ key, rooms: rooms.filter((r) => keyOf(r) === key) }))
    .filter((g) => g.rooms.length >= WALK_MIN_GROUP);
  const shown = groups.reduce((sum, g) => sum + g.rooms.length, 0);
  const roomsNotShown = rooms.length - shown;
  const withheld = groups.length > 0 && roomsNotShown > 0 && roomsNotShown < WALK_MIN_GROUP;
  return {
    groups: withheld ? [] : groups.map((g) => ({ key: g.key, rooms: g.rooms.length, pattern: patternOf(g.rooms) })),
    roomsNotShown: withheld ? rooms.length : roomsNotShown,
    withheld,
  };
}

/** Students showing the look-for over students observed, summed over rooms that were tallied (five or more). */
export function studentsOf(rooms: readonly RoomFacts[]): WalkReport['students'] {
  const tallied = rooms.filter((r) => r.studentsShowing !== null && r.studentsObserved !== null);
  if (tallied.length < WALK_MIN_GROUP) return null;
  const showing = tallied.reduce((sum, r) => sum + (r.studentsShowing ?? 0), 0);
  const observed = tallied.reduce((sum, r) => sum + (r.studentsObserved ?? 0), 0);
  return { rooms: tallied.length, showing, observed, percent: percent(showing, observed) };
}

/** Sorted by their text (a fixed collation), so their order says nothing about which room or when. */
const collator = new Intl.Collator('en', { sensitivity: 'base' });
export const sortedNotes = (rooms: readonly RoomFacts[]) =>
  rooms.flatMap((r) => (r.note ? [r.note] : [])).sort((a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0));

/** Everything of the report but the walk itself, from the rooms' facts alone. */
export function reportOf(
  rooms: readonly RoomFacts[],
  orders: { gradeBands: readonly WalkGradeBand[]; subjects: readonly WalkSubject[] },
): Omit<WalkReport, 'walk'> {
  const suppressed = isSuppressed(rooms.length);
  return {
    minimumGroup: WALK_MIN_GROUP,
    roomsVisited: rooms.length,
    suppressed,
    pattern: suppressed ? null : patternOf(rooms),
    students: suppressed ? null : studentsOf(rooms),
    byGradeBand: suppressed ? null : breakdownBy(rooms, (r) => r.gradeBand, orders.gradeBands),
    bySubject: suppressed ? null : breakdownBy(rooms, (r) => r.subject, orders.subjects),
    notes: suppressed ? [] : sortedNotes(rooms),
  };
}
