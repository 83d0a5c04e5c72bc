import { type Actor, hasRole } from '../../platform/actor';

type SubmissionLike = { teacherId: string; status: string };

/**
 * Micro-credentials are district content: its admins and coaches author them, every member reads
 * the catalogue. A submission is its teacher's; a reviewer is a coach or leader of the same
 * district who is not the submitter, and sees only what was submitted (snapshots), never the
 * draft nor the live artefacts.
 */
export const credentialsPolicy = {
  canAuthor: (actor: Actor) => hasRole(actor, 'district_admin', 'coach'),

  /** Editing (and archiving) one: the district's admins any, a coach only what they wrote. */
  canEdit: (actor: Actor, mc: { createdBy: string | null }) =>
    hasRole(actor, 'district_admin') || (hasRole(actor, 'coach') && mc.createdBy === actor.userId),

  /** Revoking an issued badge is a district decision: its admins only (audited). */
  canRevoke: (actor: Actor) => hasRole(actor, 'district_admin'),

  canSubmit: (actor: Actor) => hasRole(actor, 'teacher'),

  isReviewer: (actor: Actor) => hasRole(actor, 'coach', 'school_leader', 'district_admin'),

  isOwner: (actor: Actor, submission: SubmissionLike) => submission.teacherId === actor.userId,

  canReview: (actor: Actor, submission: SubmissionLike) =>
    credentialsPolicy.isReviewer(actor) && submission.teacherId !== actor.userId && submission.status === 'submitted',

  /** Its teacher, and the district's reviewers once something was submitted. */
  canRead: (actor: Actor, submission: SubmissionLike) =>
    credentialsPolicy.isOwner(actor, submission) ||
    (credentialsPolicy.isReviewer(actor) && submission.status !== 'draft'),
};
