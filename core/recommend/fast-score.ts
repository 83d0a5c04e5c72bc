import type { PeerScore } from './peers';
import type { Evidence, Profile } from './profile';
import { bestPeer, classFit, novelty, starterValue } from './score';
import type { Candidate, Surface, TeacherSignals } from './types';
import { WEIGHTS } from './weights';

/** Evidence as parallel arrays of reason slots and values: no objects made while scoring. */
type Packed = { slots: Int32Array; values: Float64Array; total: number; bySlot: Map<number, number> };

/**
 * The same number as score.ts `explain`, for thousands of candidates in a few milliseconds: each
 * reason gets a slot, each candidate keeps its best value per slot in a reused array, and only the
 * items finally shown are explained with words.
 */
export function createScorer(
  signals: TeacherSignals,
  profile: Profile,
  peers: Map<string, PeerScore>,
  surface: Surface,
): (c: Candidate) => number {
  const slotOf = new Map<string, number>();
  const likedCard: (string | undefined)[] = [];
  const pack = (evidence: Evidence[]): Packed => {
    // One entry per reason (its best value): within one tag or card a reason counts once.
    const bySlot = new Map<number, number>();
    for (const e of evidence) {
      let slot = slotOf.get(e.key);
      if (slot === undefined) {
        slot = slotOf.size;
        slotOf.set(e.key, slot);
        likedCard[slot] = e.reason.code === 'liked-related' ? e.reason.cardId : undefined;
      }
      bySlot.set(slot, Math.max(bySlot.get(slot) ?? 0, e.value));
    }
    const slots = Int32Array.from(bySlot.keys());
    const values = Float64Array.from(bySlot.values());
    let total = 0;
    for (const v of values) total += v;
    return { slots, values, total, bySlot };
  };
  const byTag = new Map([...profile.byTag].map(([tag, ev]) => [tag, pack(ev)]));
  const byCard = new Map([...profile.byCard].map(([id, ev]) => [id, pack(ev)]));
  const best = new Float64Array(slotOf.size);
  const touched = new Int32Array(slotOf.size);
  const subjects = signals.subjects.map((s) => s.toLowerCase());
  const history = new Set([
    ...profile.ignored.keys(),
    ...profile.opened.keys(),
    ...profile.reactions.keys(),
    ...profile.tried,
  ]);

  const liked = new Set(likedCard.filter((id): id is string => id !== undefined));
  let count = 0;
  // A plain function (not a closure per candidate): this loop runs for every tag of 5,000 candidates.
  function add(packed: Packed, factor: number, self: string | undefined) {
    const { slots, values } = packed;
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i] as number;
      // Liking a card is no reason to recommend that same card (`self` is set only for liked cards).
      if (self !== undefined && likedCard[slot] === self) continue;
      const value = (values[i] as number) * factor;
      const had = best[slot] as number;
      if (value > had) {
        if (had === 0) touched[count++] = slot;
        best[slot] = value;
      }
    }
  }

  /** Sum of the best value per reason over the candidate's tags and cards. */
  function evidenceSum(c: Candidate): number {
    count = 0;
    const self = liked.has(c.id) ? c.id : undefined;
    const tags = c.practiceTags;
    for (let i = 0; i < tags.length; i++) {
      const packed = byTag.get(tags[i] as string);
      if (packed) add(packed, i === 0 ? WEIGHTS.tag.primary : WEIGHTS.tag.secondary, self);
    }
    for (const id of c.cardIds) {
      const packed = byCard.get(id);
      if (packed) add(packed, 1, self);
    }
    let sum = 0;
    for (let i = 0; i < count; i++) {
      const slot = touched[i] as number;
      sum += best[slot] as number;
      best[slot] = 0;
    }
    return sum;
  }

  const EMPTY: Packed = { slots: new Int32Array(0), values: new Float64Array(0), total: 0, bySlot: new Map() };
  const { primary, secondary } = WEIGHTS.tag;
  /** Reasons two tags share, with both values: where a candidate on both counts the larger once. */
  const shared = new Map<Packed, Map<Packed, { a: Float64Array; b: Float64Array }>>();
  function overlap(a: Packed, b: Packed) {
    let row = shared.get(a);
    if (!row) {
      row = new Map();
      shared.set(a, row);
    }
    let both = row.get(b);
    if (!both) {
      const va: number[] = [];
      const vb: number[] = [];
      for (let i = 0; i < a.slots.length; i++) {
        const v = b.bySlot.get(a.slots[i] as number);
        if (v !== undefined) {
          va.push(a.values[i] as number);
          vb.push(v);
        }
      }
      both = { a: Float64Array.from(va), b: Float64Array.from(vb) };
      row.set(b, both);
    }
    return both;
  }

  /**
   * The common case in closed form: one or two tags, no card named by a signal, not a liked card.
   * Σ max(f₀·a, f₁·b) over reasons = f₀·A + f₁·B − Σ over shared reasons min(f₀·a, f₁·b).
   */
  function quickSum(c: Candidate): number | undefined {
    const tags = c.practiceTags;
    if (tags.length > 2 || liked.has(c.id)) return undefined;
    for (const id of c.cardIds) if (byCard.has(id)) return undefined;
    const a = tags.length ? (byTag.get(tags[0] as string) ?? EMPTY) : EMPTY;
    if (tags.length < 2) return primary * a.total;
    const b = byTag.get(tags[1] as string) ?? EMPTY;
    let sum = primary * a.total + secondary * b.total;
    if (a.slots.length === 0 || b.slots.length === 0) return sum;
    const both = overlap(a, b);
    for (let i = 0; i < both.a.length; i++) {
      sum -= Math.min(primary * (both.a[i] as number), secondary * (both.b[i] as number));
    }
    return sum;
  }

  return (c) => {
    let sum = quickSum(c) ?? evidenceSum(c);
    const peer = bestPeer(c, peers);
    if (peer && peer.strength > 0) sum += WEIGHTS.signal.peers * peer.strength;
    sum += starterValue(c);
    // Most candidates were never shown, read, rated or tried: skip the novelty look-ups for them.
    let met = history.has(c.id);
    for (let i = 0; !met && i < c.cardIds.length; i++) met = history.has(c.cardIds[i] as string);
    if (!met) return (sum + WEIGHTS.signal.novelty) * classFit(c, signals, subjects);
    const { factor, unseen } = novelty(c, profile, surface);
    if (unseen) sum += WEIGHTS.signal.novelty;
    return sum * factor * classFit(c, signals, subjects);
  };
}
