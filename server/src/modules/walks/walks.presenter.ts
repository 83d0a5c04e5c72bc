import {
  type RoomVisit,
  WALK_GRADE_BANDS,
  WALK_SUBJECTS,
  type WalkReport,
  type WalkSummary,
} from '#core/contracts/walks';
import type { Locale } from '#core/domain/roles';
import { resolveText } from '#core/frameworks/index';
import type { RoomRow, WalkDetail } from './walks.repo';
import { isSuppressed, patternFromCounts, type RoomFacts, reportOf } from './walks.report';

export type Permissions = { canCapture: boolean; canReadReport: boolean };

/** Row → contract. Only the day of the walk leaves the server: no times, no author, no rooms. */
export function presentSummary(detail: WalkDetail, locale: Locale, can: Permissions): WalkSummary {
  const { walk: w, counts } = detail;
  const suppressed = isSuppressed(counts.rooms);
  return {
    id: w.id,
    schoolId: w.schoolId,
    schoolName: detail.schoolName,
    date: w.date,
    status: w.status,
    purpose: w.purpose,
    focus: {
      lookForId: w.lookForId,
      lookForText: resolveText(w.lookForText, locale),
      practiceId: w.practiceId,
      practiceTitle: resolveText(w.practiceTitle, locale),
    },
    roomsVisited: counts.rooms,
    suppressed,
    pattern: suppressed ? null : patternFromCounts(counts),
    canCapture: can.canCapture,
    canReadReport: can.canReadReport,
  };
}

/** A walker's own room, while the walk is open. */
export const presentRoom = (row: RoomRow): RoomVisit => ({
  clientId: row.clientId,
  roomLabel: row.roomLabel,
  gradeBand: row.gradeBand,
  subject: row.subject,
  evidence: row.evidence,
  tally:
    row.studentsShowing !== null && row.studentsObserved !== null
      ? { showing: row.studentsShowing, observed: row.studentsObserved }
      : null,
  note: row.note,
});

/** Only the facts the report may use: room labels, walkers and times are dropped here. */
const factsOf = (row: RoomRow): RoomFacts => ({
  evidence: row.evidence,
  gradeBand: row.gradeBand,
  subject: row.subject,
  studentsShowing: row.studentsShowing,
  studentsObserved: row.studentsObserved,
  note: row.note,
});

export const presentReport = (summary: WalkSummary, rooms: RoomRow[]): WalkReport => ({
  walk: summary,
  ...reportOf(rooms.map(factsOf), { gradeBands: WALK_GRADE_BANDS, subjects: WALK_SUBJECTS }),
});
