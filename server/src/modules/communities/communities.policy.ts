import type { CommunityMemberRole } from '#core/contracts/communities';
import { type Actor, hasRole } from '../../platform/actor';

type CommunityFacts = { organizationId: string; crossDistrict: boolean };

/**
 * Who may do what in a community. The tenant rule comes first and lives in the repository: a
 * community whose district list does not hold the actor's district is not found (404). Inside,
 * membership decides: members read and write threads; the community's facilitators moderate and
 * read the CoI coding; a district admin opts the district into a cross-district community.
 */
export const communitiesPolicy = {
  /** A district's facilitators and admins start communities (hosted by their district). */
  mayCreate: (actor: Actor) => hasRole(actor, 'district_admin', 'facilitator'),
  mayOptIn: (actor: Actor) => hasRole(actor, 'district_admin'),
  /** A district admin takes their district out of a community it opted into; the host never leaves its own. */
  mayOptOut: (actor: Actor, community: CommunityFacts) =>
    hasRole(actor, 'district_admin') && community.organizationId !== actor.organizationId,

  isMember: (role: CommunityMemberRole | null) => role !== null,
  isFacilitator: (role: CommunityMemberRole | null) => role === 'facilitator',

  /** The join code is for handing to other districts: the host's facilitators and admins see it. */
  seesJoinCode: (actor: Actor, community: CommunityFacts, role: CommunityMemberRole | null) =>
    community.crossDistrict &&
    community.organizationId === actor.organizationId &&
    (role === 'facilitator' || hasRole(actor, 'district_admin')),

  /** Only the author edits a post. */
  mayEdit: (actor: Actor, post: { authorId: string }) => post.authorId === actor.userId,
};
