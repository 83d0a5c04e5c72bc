// Import as `#core/coi/index` (the `#core/*` alias maps to `core/*.ts`).
/**
 * Community-of-Inquiry draft coder (PEDAGOGY.md §3): codes one post for social, cognitive and
 * teaching presence with evidence spans, and profiles a thread. Codes are drafts a human confirms.
 */
/** Alias for the phase type, as named in the brief. */
export type {
  CoiCategory,
  CoiCode,
  CoiCoding,
  CoiEvidence,
  CoiIndicator,
  CoiPhase,
  CoiPhase as Phase,
  CoiPresence,
  CoiThreadProfile,
} from '../contracts/coi';
export { COI_CATEGORIES, COI_INDICATORS, COI_PHASES, COI_PRESENCES } from '../contracts/coi';
export { type CodePostInput, codePost } from './code';
export { COI_LEXICONS, COI_RULESET_VERSION } from './lexicons';
export {
  FACILITATOR_DOMINANCE_SHARE,
  STUCK_MAX_ADVANCED_SHARE,
  STUCK_MIN_POSTS,
  type ThreadPost,
  threadProfile,
} from './thread';
