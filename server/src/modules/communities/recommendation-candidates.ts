import type { Db } from '../../db/client';
import { communitiesRepo as repo } from './communities.repo';

/** A community someone could join: what the recommender matches on (communities have no language of their own). */
export type CommunityCandidate = { id: string; name: string; description: string };

/**
 * For recommendations (injected in api.ts): the communities a person may open and join (their
 * district is in it, as for `GET /communities`) and does not belong to yet, newest first.
 */
export type CommunityCandidates = (organizationId: string, userId: string) => Promise<CommunityCandidate[]>;

export const communityCandidatesFrom =
  (db: Db): CommunityCandidates =>
  (organizationId, userId) =>
    repo.joinableNotMember(db, organizationId, userId);
