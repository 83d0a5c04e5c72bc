import type { Executor } from '../../db/client';
import type { Actor } from '../../platform/actor';
import { reflectionsRepo } from './reflections.repo';

const SUMMARY_MAX = 400;

/**
 * What a community sees of a reflection its author chose to share there: a snapshot (the lesson's
 * title, what happened and next time, shortened) taken at share time. Only the author; null otherwise.
 */
export const reflectionSnapshotFrom =
  () =>
  async (tx: Executor, actor: Actor, _type: string, id: string): Promise<{ title: string; summary: string } | null> => {
    const found = await reflectionsRepo.findWithPlanTitle(tx, actor.organizationId, id);
    if (!found || found.reflection.authorId !== actor.userId) return null;
    const { reflection } = found;
    const summary = [reflection.whatHappened, reflection.nextTime].filter(Boolean).join(' — ');
    return {
      title: found.planTitle,
      summary: summary.length > SUMMARY_MAX ? `${summary.slice(0, SUMMARY_MAX - 1)}…` : summary,
    };
  };
