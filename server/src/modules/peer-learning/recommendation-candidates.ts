import type { Db } from '../../db/client';
import type { TeachingOfPeople } from '../classes';
import { peerLearningPolicy as policy } from './peer-learning.policy';
import { peerLearningRepo as repo } from './peer-learning.repo';

/**
 * A colleague who published an open offer, as recommendations rank and show them.
 *
 * Privacy (adr/0009): ranking may use only what the colleague published (their practice tags) and
 * the subjects and grade levels of the classes they teach (class fit). Never their plans,
 * reflections, observations or anything else they wrote; the note is shown, not ranked on.
 */
export type PeerCandidate = {
  /** The colleague's user id. */
  id: string;
  name: string;
  schoolNames: string[];
  practiceTags: string[];
  note: string | null;
  subjects: string[];
  /** Grade levels of their live classes (recommendations turn them into grade bands). */
  gradeLevels: string[];
};

/**
 * For recommendations (injected in api.ts): open offers in the person's district, leaving out their
 * own, deactivated people, colleagues they already have a pending or accepted request with, and
 * colleagues who declined their request in the last PEER_DECLINE_QUIET_DAYS (policy.declineQuietSince).
 */
export type PeerCandidates = (organizationId: string, userId: string) => Promise<PeerCandidate[]>;

export const peerCandidatesFrom =
  (db: Db, teachingOfPeople: TeachingOfPeople, now: () => Date = () => new Date()): PeerCandidates =>
  async (organizationId, userId) => {
    const offers = await repo.openOffersFor(db, organizationId, userId, policy.declineQuietSince(now()));
    if (offers.length === 0) return [];
    const ids = offers.map((offer) => offer.userId);
    // Two batched reads for every candidate at once, never one per person.
    const [schoolNames, teaching] = await Promise.all([
      repo.schoolNames(db, organizationId, ids),
      teachingOfPeople(organizationId, ids),
    ]);
    return offers.map((offer) => {
      const classes = teaching.get(offer.userId) ?? [];
      return {
        id: offer.userId,
        name: offer.name,
        schoolNames: schoolNames.get(offer.userId) ?? [],
        practiceTags: offer.practiceTags,
        note: offer.note,
        subjects: [...new Set(classes.map((c) => c.subject))],
        gradeLevels: [...new Set(classes.map((c) => c.gradeLevel))],
      };
    });
  };
