import { type Actor, hasRole, schoolsWhere } from '../../platform/actor';

type Owned = { organizationId: string | null };

/**
 * Frameworks are reference material: everyone signed in reads the built-in one and their own
 * district's. Only a district admin imports, edits (never the built-in one: it belongs to Conecta
 * and is rewritten at every start) and chooses each school's framework. A growth focus is a
 * teacher's or coach's own choice.
 */
export const frameworksPolicy = {
  canRead: (actor: Actor, framework: Owned) =>
    framework.organizationId === null || framework.organizationId === actor.organizationId,
  canManage: (actor: Actor) => hasRole(actor, 'district_admin'),
  canEdit: (actor: Actor, framework: Owned) =>
    hasRole(actor, 'district_admin') && framework.organizationId === actor.organizationId,
  canChooseFocus: (actor: Actor) => hasRole(actor, 'teacher', 'coach'),
  /** The schools whose framework the actor's growth focus must come from. */
  focusSchools: (actor: Actor) => schoolsWhere(actor, 'teacher', 'coach'),
};
