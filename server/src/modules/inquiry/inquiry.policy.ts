import type { InquiryLinkKind } from '#core/contracts/inquiry';
import { type Actor, hasRole } from '../../platform/actor';

type Ownership = { ownerId: string; teamId: string | null };
export type ArtefactFacts = {
  ownerId: string;
  readsPlan?: boolean;
  observerId?: string;
  observationKind?: string;
  cancelled?: boolean;
};

/**
 * An inquiry is the teacher's own learning (research/pedagogy.md, cross-cutting note 1): only its
 * owner — and, for a team inquiry, the team's members — read or change it. A school leader or a
 * district admin gets nothing from their role, not even that it exists (404): growth, not
 * surveillance.
 */
export const inquiryPolicy = {
  /** Teachers run inquiries; so do coaches, about their own coaching. */
  mayStart: (actor: Actor) => hasRole(actor, 'teacher', 'coach'),

  /** `isTeamMember`: whether the actor belongs to the inquiry's team (false when it has none). */
  isOwner: (actor: Actor, inquiry: Ownership, isTeamMember: boolean) =>
    inquiry.ownerId === actor.userId || (inquiry.teamId !== null && isTeamMember),

  /**
   * Whether an artefact may be shown to (or linked by) this reader. `readsPlan`: planning's rule
   * for the reader and the plan. Reflections stay away from school leaders and district admins
   * (the reflections module's rule) unless they wrote them; an observation shows only to the
   * observed teacher and the observer, and evaluative visits never enter an inquiry. Student work
   * is the units module's to decide: its reader answers null to anyone outside the sample's team.
   */
  showsArtefact(actor: Actor, kind: InquiryLinkKind, facts: ArtefactFacts): boolean {
    if (kind === 'card') return true;
    if (kind === 'plan') return facts.readsPlan === true;
    if (kind === 'reflection')
      return (
        facts.ownerId === actor.userId ||
        (facts.readsPlan === true && !hasRole(actor, 'school_leader', 'district_admin'))
      );
    if (kind === 'observation')
      return (
        !facts.cancelled &&
        facts.observationKind !== 'evaluative' &&
        (facts.ownerId === actor.userId || facts.observerId === actor.userId)
      );
    // Student work: the units module's reader already answered null to anyone outside the sample's team.
    return true;
  },

  /** What one may link: what one may see, and a reflection or visit must be about one's own teaching. */
  mayLink(actor: Actor, kind: InquiryLinkKind, facts: ArtefactFacts): boolean {
    if (!inquiryPolicy.showsArtefact(actor, kind, facts)) return false;
    if (kind === 'reflection' || kind === 'observation') return facts.ownerId === actor.userId;
    return true;
  },
};
