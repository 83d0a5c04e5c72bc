import type { Candidate } from '#core/recommend/types';
import type { PeerCandidate } from '../peer-learning';
import { gradeBandOf } from './signals';

/**
 * Colleagues with an open offer as candidates. Privacy (adr/0009): only what they published (the
 * practice tags of their offer) and their classes' subjects and grade bands (class fit) are
 * matched; never their plans, reflections or observations. No language of their own: any teacher
 * may be pointed to them.
 */
export function peerCandidates(peers: readonly PeerCandidate[]): Candidate[] {
  return peers.map((peer) => ({
    kind: 'peer' as const,
    id: peer.id,
    practiceTags: peer.practiceTags,
    cardIds: [],
    subjects: peer.subjects,
    gradeBands: [...new Set(peer.gradeLevels.flatMap((level) => gradeBandOf(level) ?? []))],
    locales: [],
  }));
}
