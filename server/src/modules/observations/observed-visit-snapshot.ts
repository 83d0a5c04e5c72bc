import type { Executor } from '../../db/client';
import type { Actor } from '../../platform/actor';
import { observationsRepo } from './observations.repo';

/**
 * A visit to the actor's own classroom, as evidence they chose to submit (credentials, injected):
 * kind, day and, once shared with them, the feedback's strength and growth area. Only the
 * observed teacher; never an evaluative visit (it stays out of growth evidence). Null otherwise.
 */
export const observedVisitSnapshotFrom =
  () =>
  async (
    tx: Executor,
    actor: Actor,
    id: string,
  ): Promise<{ title: string; summary: string; date: string; ownerId: string } | null> => {
    const visit = await observationsRepo.find(tx, actor.organizationId, id);
    if (!visit || visit.teacherId !== actor.userId || visit.kind === 'evaluative' || visit.status === 'cancelled')
      return null;
    const feedback = await observationsRepo.feedback(tx, actor.organizationId, id);
    const shared = feedback?.sharedAt ? [feedback.strength, feedback.growthArea].filter(Boolean).join(' — ') : '';
    return {
      // No words of ours in the snapshot: the reader's app names the kind in their language.
      title: '',
      summary: shared.length > 400 ? `${shared.slice(0, 399)}…` : shared,
      date: visit.scheduledAt.toISOString().slice(0, 10),
      ownerId: visit.teacherId,
    };
  };
