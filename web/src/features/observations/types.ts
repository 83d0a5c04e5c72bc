import type { z } from 'zod';
import type { ActionStep, Caseload } from '#core/contracts/coaching';
import type {
  EvidenceNote,
  EvidenceNoteBody,
  FeedbackBody,
  Observation as ObservationContract,
  ObservationKind,
  ObservationStatus,
  ScheduleObservationBody,
} from '#core/contracts/observations';

/**
 * The visit as the API answers it. `tallies` (look-for id → count) is optional here because
 * older servers answer without it; the capture screen treats a missing one as no counts yet.
 */
export type Observation = ObservationContract & { tallies?: Record<string, number> };

export type { ActionStep, Caseload, EvidenceNote, ObservationKind, ObservationStatus };
export type ScheduleInput = z.input<typeof ScheduleObservationBody>;
export type FeedbackInput = z.input<typeof FeedbackBody>;
export type NoteBody = z.input<typeof EvidenceNoteBody>;
