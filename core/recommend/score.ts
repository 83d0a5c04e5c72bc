import type { PeerScore } from './peers';
import type { Evidence, Profile } from './profile';
import type { Candidate, GradeBand, Reason, Surface, TeacherSignals } from './types';
import { STARTER_CARD_IDS, WEIGHTS } from './weights';

export type Contribution = { reason: Reason; value: number };
export type Scored = { candidate: Candidate; score: number };
export type Explained = Scored & { contributions: Map<string, Contribution> };

const STARTER_RANK = new Map(STARTER_CARD_IDS.map((id, i) => [id, i]));

/** Liking a card is no reason to recommend that same card. */
export const selfLike = (reason: Reason, id: string) => reason.code === 'liked-related' && reason.cardId === id;

function take(into: Map<string, Contribution>, evidence: Evidence, factor: number, self: string) {
  if (selfLike(evidence.reason, self)) return;
  const value = evidence.value * factor;
  const had = into.get(evidence.key);
  // One reason counts once per candidate: its best path (a direct link or its best tag), not the sum.
  if (!had || had.value < value) into.set(evidence.key, { reason: evidence.reason, value });
}

/** Grade band and subject fit; an empty list on either side means "any". `subjects`: the teacher's, lower case. */
export function classFit(c: Candidate, signals: TeacherSignals, subjects: readonly string[]): number {
  let factor = 1;
  const bands = signals.gradeBands;
  if (bands.length && c.gradeBands.length) {
    let match = false;
    for (let i = 0; !match && i < c.gradeBands.length; i++) match = bands.includes(c.gradeBands[i] as GradeBand);
    if (!match) factor *= WEIGHTS.fit.gradeBandMismatch;
  }
  if (subjects.length && c.subjects.length) {
    let match = false;
    for (let i = 0; !match && i < c.subjects.length; i++) {
      const subject = c.subjects[i] as string;
      const lower = subject === 'all' ? subject : subject.toLowerCase();
      match = lower === 'all' || subjects.includes(lower);
    }
    if (!match) factor *= WEIGHTS.fit.subjectMismatch;
  }
  return factor;
}

/** Already shown and skipped, already read, already tried: each steps the candidate back. */
export function novelty(c: Candidate, profile: Profile, surface: Surface): { factor: number; unseen: boolean } {
  let factor = 1;
  let unseen = true;
  const ids = c.cardIds.length ? c.cardIds : [c.id];
  for (const id of ids) {
    const ignored = profile.ignored.get(id);
    if (ignored !== undefined) {
      unseen = false;
      factor = Math.min(factor, Math.max(WEIGHTS.novelty.ignoredFloor, 1 - WEIGHTS.novelty.ignoredPenalty * ignored));
    }
    const opened = profile.opened.get(id) ?? (profile.reactions.has(id) ? 1 : undefined);
    if (opened !== undefined) {
      unseen = false;
      factor = Math.min(factor, 1 - WEIGHTS.novelty.openedPenalty * opened);
    }
  }
  if (profile.tried.has(c.id)) {
    unseen = false;
    factor *= WEIGHTS.novelty.triedFactor[surface];
  }
  return { factor, unseen };
}

/** The best-rated of the cards a candidate contains (a card is its own only card). */
export function bestPeer(c: Candidate, peers: Map<string, PeerScore>): PeerScore | undefined {
  let peer = c.cardIds.length ? undefined : peers.get(c.id);
  for (const cardId of c.cardIds) {
    const p = peers.get(cardId);
    if (p && (!peer || p.strength > peer.strength)) peer = p;
  }
  return peer;
}

/** Starter picks in order of preference, the first worth most. */
export function starterValue(c: Candidate): number {
  const rank = STARTER_RANK.get(c.id);
  return rank === undefined ? 0 : WEIGHTS.signal.starter * (1 - rank / (2 * STARTER_CARD_IDS.length));
}

/**
 * A candidate's score with every contribution named: the reference definition of the score.
 * fast-score.ts computes the same number without naming anything, for the thousands not shown.
 */
export function explain(
  c: Candidate,
  signals: TeacherSignals,
  profile: Profile,
  peers: Map<string, PeerScore>,
  surface: Surface,
): Explained {
  const contributions = new Map<string, Contribution>();
  c.practiceTags.forEach((tag, i) => {
    const evidence = profile.byTag.get(tag);
    if (!evidence) return;
    const factor = i === 0 ? WEIGHTS.tag.primary : WEIGHTS.tag.secondary;
    for (const e of evidence) take(contributions, e, factor, c.id);
  });
  for (const cardId of c.cardIds) {
    const evidence = profile.byCard.get(cardId);
    if (evidence) for (const e of evidence) take(contributions, e, 1, c.id);
  }

  const peer = bestPeer(c, peers);
  if (peer && peer.strength > 0) {
    contributions.set('peers', {
      reason: { code: 'similar-teachers', teachers: peer.useful },
      value: WEIGHTS.signal.peers * peer.strength,
    });
  }
  const starter = starterValue(c);
  if (starter > 0) contributions.set('starter', { reason: { code: 'starter' }, value: starter });

  const { factor, unseen } = novelty(c, profile, surface);
  if (unseen) contributions.set('new', { reason: { code: 'new-to-you' }, value: WEIGHTS.signal.novelty });

  let sum = 0;
  for (const { value } of contributions.values()) sum += value;
  const subjects = signals.subjects.map((x) => x.toLowerCase());
  return { candidate: c, score: sum * factor * classFit(c, signals, subjects), contributions };
}

/** Strongest first; reasons that would mislead are left out, and there is always at least one. */
export function reasonsOf(explained: Explained, coldStart: boolean, max = 3): Reason[] {
  const shown = [...explained.contributions.entries()]
    .filter(([key, { reason, value }]) => {
      if (value < WEIGHTS.minReasonContribution) return false;
      if (reason.code === 'similar-teachers') return reason.teachers >= WEIGHTS.peerReasonMinUseful;
      // Starter picks explain a list only when nothing personal is known.
      if (key === 'starter') return coldStart;
      // "New to you" is true of most items: said only when there is nothing better (the fallback below).
      if (key === 'new') return false;
      return true;
    })
    .sort((a, b) => b[1].value - a[1].value || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([, { reason }]) => reason);
  if (shown.length === 0) {
    const fallback: Reason = explained.contributions.has('new') ? { code: 'new-to-you' } : { code: 'starter' };
    shown.push(fallback);
  }
  return shown.slice(0, max);
}
