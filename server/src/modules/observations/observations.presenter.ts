import type { EvidenceNote, Observation } from '#core/contracts/observations';
import { isFollowUpOverdue } from './observations.policy';
import type { NoteRow, ObservationDetail, RatingRow } from './observations.repo';

/** Row → contract. `showFeedback` is the policy's answer for this reader (a teacher never sees a draft). */
export function presentObservation(detail: ObservationDetail, showFeedback: boolean, today: string): Observation {
  const { observation: o, feedback: f, followUp } = detail;
  return {
    id: o.id,
    kind: o.kind,
    status: o.status,
    observer: { id: o.observerId, name: detail.observerName },
    teacher: { id: o.teacherId, name: detail.teacherName },
    scheduledAt: o.scheduledAt.toISOString(),
    durationMinutes: o.durationMinutes,
    classId: o.classId,
    planId: o.planId,
    focusPracticeIds: o.focusPracticeIds,
    note: o.note,
    followUpDue: o.followUpDue,
    followUpOverdue: isFollowUpOverdue(o, today),
    evidenceCount: Number(detail.evidenceCount),
    tallies: o.tallies,
    feedback:
      f && showFeedback
        ? {
            strength: f.strength,
            growthArea: f.growthArea,
            actionStep: {
              text: f.actionStepText,
              howToPractise: f.howToPractise,
              resourceId: f.resourceId,
              practiceId: f.practiceId,
            },
            sharedAt: f.sharedAt?.toISOString() ?? null,
            teacherResponse: f.teacherResponse,
            respondedAt: f.respondedAt?.toISOString() ?? null,
          }
        : null,
    followUp: followUp
      ? { actionStepProgress: followUp.actionStepProgress, note: followUp.note, at: followUp.at.toISOString() }
      : null,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
  };
}

export const presentNote = (row: NoteRow): EvidenceNote => ({
  id: row.id,
  clientId: row.clientId,
  at: row.at.toISOString(),
  text: row.text,
  practiceIds: row.practiceIds,
  lookForIds: row.lookForIds,
  createdAt: row.createdAt.toISOString(),
});

/** An evaluative visit's ratings, dated by the latest one. */
export function presentRatings(rows: RatingRow[]) {
  const ratedAt = rows.reduce<Date | null>((latest, r) => (latest && latest > r.ratedAt ? latest : r.ratedAt), null);
  return {
    items: rows.map((r) => ({ practiceId: r.practiceId, level: r.level, note: r.note })),
    ratedAt: ratedAt?.toISOString() ?? null,
  };
}
