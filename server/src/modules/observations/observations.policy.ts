import type { ObservationKind, ObservationStatus } from '#core/contracts/observations';
import { type Actor, hasRole, schoolsWhere } from '../../platform/actor';

type Visit = { observerId: string; teacherId: string };

/** Whom the actor may observe for a kind: any teacher of the district, or the teachers of some schools. */
export type ObserveScope = { anywhere: true } | { anywhere: false; schoolIds: string[] };

/**
 * Observations are coaching conversations between two people (PEDAGOGY.md §4): only the observer
 * and the observed teacher ever see one. A school leader or district admin gets nothing from
 * their role alone — not even that a visit exists.
 */
export const observationsPolicy = {
  /** Coaches and school leaders visit the teachers of their schools; teachers visit colleagues (peer). */
  scheduleScope(actor: Actor, kind: ObservationKind): ObserveScope | null {
    if (kind === 'peer' && hasRole(actor, 'teacher')) return { anywhere: true };
    // Evaluation is a line manager's act: school leaders of the teacher's school, never coaches.
    if (kind === 'evaluative')
      return hasRole(actor, 'school_leader')
        ? { anywhere: false, schoolIds: schoolsWhere(actor, 'school_leader') }
        : null;
    const schoolIds = schoolsWhere(actor, 'coach', 'school_leader');
    return hasRole(actor, 'coach', 'school_leader') ? { anywhere: false, schoolIds } : null;
  },

  /** Whether someone may schedule some kind at all (evaluative is answered "not turned on", not "forbidden"). */
  mayObserve: (actor: Actor) => hasRole(actor, 'coach', 'school_leader'),

  isObserver: (actor: Actor, visit: Visit) => visit.observerId === actor.userId,
  isObserved: (actor: Actor, visit: Visit) => visit.teacherId === actor.userId,
  canRead: (actor: Actor, visit: Visit) => visit.observerId === actor.userId || visit.teacherId === actor.userId,

  /** The observer sees their draft; the teacher sees feedback (and the evidence behind it) once shared. */
  canSeeFeedback: (actor: Actor, visit: Visit, feedback: { sharedAt: Date | null } | null) =>
    visit.observerId === actor.userId || (visit.teacherId === actor.userId && feedback?.sharedAt != null),

  /** Ratings belong to evaluative visits only; the teacher sees them with the shared feedback. */
  carriesRatings: (kind: ObservationKind) => kind === 'evaluative',

  isCancelled: (status: ObservationStatus) => status === 'cancelled',
  /** Cancelling is for visits that have not led to shared feedback yet. */
  canCancel: (status: ObservationStatus) => status === 'scheduled' || status === 'observed',
};

/** Past its follow-up date and neither followed up nor cancelled. */
export const isFollowUpOverdue = (visit: { followUpDue: string; status: ObservationStatus }, today: string) =>
  visit.followUpDue < today && visit.status !== 'followed-up' && visit.status !== 'cancelled';
