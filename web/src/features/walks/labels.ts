import type { TFunction } from 'i18next';
import {
  WALK_EVIDENCE,
  WALK_GRADE_BANDS,
  WALK_SUBJECTS,
  type WalkEvidence,
  type WalkGradeBand,
  type WalkSubject,
} from '#core/contracts/walks';

/** i18n keys in the walks namespace, one per value of the contract's lists. */
const EVIDENCE_KEY: Record<WalkEvidence, string> = {
  seen: 'evidence.seen',
  partly: 'evidence.partly',
  'not-seen': 'evidence.notSeen',
};

export const evidenceLabel = (evidence: WalkEvidence, t: TFunction) => t(`walks:${EVIDENCE_KEY[evidence]}`);
export const gradeBandLabel = (band: WalkGradeBand, t: TFunction) => t(`walks:gradeBands.${band}`);
export const subjectLabel = (subject: WalkSubject, t: TFunction) => t(`walks:subjects.${subject}`);

export const gradeBandOptions = (t: TFunction) =>
  WALK_GRADE_BANDS.map((band) => ({ value: band, label: gradeBandLabel(band, t) }));
export const subjectOptions = (t: TFunction) =>
  WALK_SUBJECTS.map((subject) => ({ value: subject, label: subjectLabel(subject, t) }));
export { WALK_EVIDENCE };

/** A breakdown group's key is a grade band or a subject, depending on the breakdown. */
export const groupLabel = (dimension: 'gradeBand' | 'subject', key: string, t: TFunction) =>
  dimension === 'gradeBand' ? gradeBandLabel(key as WalkGradeBand, t) : subjectLabel(key as WalkSubject, t);
