import type { Db } from '../../db/client';
import { pathwaysRepo as repo } from './pathways.repo';

export type PathwayCandidate = {
  id: string;
  title: { en?: string | undefined; es?: string | undefined };
  description: { en?: string | undefined; es?: string | undefined } | null;
  cardSlugs: string[];
};

/**
 * For recommendations (injected in api.ts): the district's published pathways a person does not
 * follow yet, with the cards they hold, in order.
 */
export type PathwayCandidates = (organizationId: string, userId: string) => Promise<PathwayCandidate[]>;

export const pathwayCandidatesFrom =
  (db: Db): PathwayCandidates =>
  (organizationId, userId) =>
    repo.publishedNotEnrolled(db, organizationId, userId);
