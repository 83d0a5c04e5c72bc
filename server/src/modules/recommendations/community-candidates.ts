import { tagsFromText } from '#core/recommend/practice-map';
import type { Candidate } from '#core/recommend/types';
import type { CommunityCandidate } from '../communities';

/**
 * Communities as candidates: the practice tags their name (counted double) and description name,
 * with the same words → tags mapping as a district's own framework. No cards, subjects or grade
 * bands; no language of their own, so any teacher may be offered one. A community whose words name
 * no practice is left out (nothing to match it on).
 */
export function communityCandidates(communities: readonly CommunityCandidate[]): Candidate[] {
  return communities.flatMap((community) => {
    const tags = tagsFromText(community.name, [community.description]);
    if (tags.length === 0) return [];
    return [
      {
        kind: 'community' as const,
        id: community.id,
        practiceTags: tags,
        cardIds: [],
        subjects: [],
        gradeBands: [],
        locales: [],
      },
    ];
  });
}
