import type { CycleLinkKind } from '#core/contracts/cycles';
import { type Actor, hasRole, schoolsWhere } from '../../platform/actor';

type Pair = { coachId: string; teacherId: string };

/** The fields of a cycle only its coach changes; the teacher's is `teacherReflection`. */
export const COACH_FIELDS = [
  'goal',
  'measure',
  'unit',
  'baselineValue',
  'baselineEvidence',
  'targetValue',
  'targetDate',
  'strategyCardId',
  'strategyText',
  'stage',
] as const;

/**
 * A coaching cycle is a conversation between two people (PEDAGOGY.md §4): only its coach and its
 * teacher ever read it. A school leader or district admin gets nothing from their role alone —
 * not even that a cycle exists (404).
 */
export const cyclesPolicy = {
  /** Schools whose teachers the actor may open cycles with (as a coach, or a school leader acting as one). */
  startSchools: (actor: Actor) => schoolsWhere(actor, 'coach', 'school_leader'),
  mayStart: (actor: Actor) => hasRole(actor, 'coach', 'school_leader'),

  isCoach: (actor: Actor, cycle: Pair) => cycle.coachId === actor.userId,
  isTeacher: (actor: Actor, cycle: Pair) => cycle.teacherId === actor.userId,
  canRead: (actor: Actor, cycle: Pair) => cycle.coachId === actor.userId || cycle.teacherId === actor.userId,

  /** Practice sessions are the coach's log of the work they did together. */
  canLogSession: (actor: Actor, cycle: Pair) => cycle.coachId === actor.userId,
  /** Either may record a data point: often the teacher is the one who marks the exit tickets. */
  canAddCheck: (actor: Actor, cycle: Pair) => cyclesPolicy.canRead(actor, cycle),
  canLink: (actor: Actor, cycle: Pair) => cyclesPolicy.canRead(actor, cycle),
  /** Whoever added a link may remove it; the teacher may remove any, since every artefact is their work. */
  canUnlink: (actor: Actor, cycle: Pair, link: { createdBy: string }) =>
    link.createdBy === actor.userId || cycle.teacherId === actor.userId,
  canClose: (actor: Actor, cycle: Pair) => cycle.coachId === actor.userId,

  /** Which edit fields the actor may send: the coach's, or the teacher's reflection. */
  mayEdit(actor: Actor, cycle: Pair, fields: readonly string[]) {
    const coachFields = fields.filter((f) => (COACH_FIELDS as readonly string[]).includes(f));
    const reflection = fields.includes('teacherReflection');
    return (
      (coachFields.length === 0 || cyclesPolicy.isCoach(actor, cycle)) &&
      (!reflection || cyclesPolicy.isTeacher(actor, cycle))
    );
  },

  /** A closed cycle keeps its record; only the teacher's reflection may still come (or change). */
  changesClosedRecord: (fields: readonly string[]) => fields.some((f) => f !== 'teacherReflection'),

  /**
   * Whether a linked artefact may show on the cycle: it must be the teacher's (and, for an
   * observation, the coach's visit to them) and readable by the coach, since the cycle shows
   * it to both. `coachReadsPlan` answers planning's visibility rule for the coach.
   * Reflections also stay away from anyone holding a school leader or district admin role
   * (the rule of the reflections module, API.md "Visibility rules").
   */
  showsArtefact(
    cycle: Pair,
    kind: CycleLinkKind,
    artefact: { ownerId: string; observerId?: string | null; coachReadsPlan: boolean; coachIsLeaderOrAdmin: boolean },
  ) {
    if (artefact.ownerId !== cycle.teacherId) return false;
    if (kind === 'observation') return artefact.observerId === cycle.coachId;
    if (kind === 'reflection') return artefact.coachReadsPlan && !artefact.coachIsLeaderOrAdmin;
    return artefact.coachReadsPlan;
  },
};
