import { type Actor, hasRole, schoolsWhere } from '../../platform/actor';

type PathwayLike = { createdBy: string; status: 'draft' | 'published' | 'archived' };

/** Roles that follow pathways as learners (facilitators run meetings; they are not enrolled). */
export const LEARNER_ROLES = ['teacher', 'coach', 'school_leader', 'district_admin'] as const;

/** Whose people an author may enrol and follow up with: the district for admins, else their schools. */
export type PeopleScope = { all: true } | { schoolIds: string[] };

/**
 * Pathways are district content. District admins, coaches and school leaders may author one;
 * an admin edits any of the district's, the others their own. Everyone else reads published
 * ones (and archived ones they followed). Progress is growth, not surveillance: each learner
 * sees their own; the authors of a pathway see per-step counts and, to follow up with the people
 * they assigned within their people scope, each person's count of steps done (never their notes
 * or plans); per-step counts only once five or more people follow it.
 */
export const pathwaysPolicy = {
  canAuthor: (actor: Actor) => hasRole(actor, 'district_admin', 'coach', 'school_leader'),

  canEdit: (actor: Actor, pathway: PathwayLike) =>
    hasRole(actor, 'district_admin') || (pathwaysPolicy.canAuthor(actor) && pathway.createdBy === actor.userId),

  /** Drafts are their authors' alone: anyone else is told it does not exist. */
  canSee: (actor: Actor, pathway: PathwayLike, enrolled: boolean) =>
    pathwaysPolicy.canEdit(actor, pathway) ||
    pathway.status === 'published' ||
    (pathway.status === 'archived' && enrolled),

  canLearn: (actor: Actor) => hasRole(actor, 'teacher', 'coach', 'school_leader', 'district_admin'),

  /** Admins: the district's people; coaches and leaders: the people of their schools (as the directory). */
  peopleScope: (actor: Actor): PeopleScope =>
    hasRole(actor, 'district_admin') ? { all: true } : { schoolIds: schoolsWhere(actor, 'coach', 'school_leader') },

  /** Whether someone (by the schools of their learner roles) is within that scope. */
  inScope: (scope: PeopleScope, schoolIds: readonly (string | null)[]) =>
    'all' in scope || schoolIds.some((id) => id !== null && scope.schoolIds.includes(id)),
};
