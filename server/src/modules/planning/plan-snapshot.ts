import type { Executor } from '../../db/client';
import type { Actor } from '../../platform/actor';
import { planningRepo } from './planning.repo';

const SUMMARY_MAX = 400;

/**
 * What a community sees of a plan its owner chose to share there: a snapshot (title and the
 * objectives, shortened) taken at share time. Only the owner may share their plan; null otherwise.
 */
export const planSnapshotFrom =
  () =>
  async (tx: Executor, actor: Actor, _type: string, id: string): Promise<{ title: string; summary: string } | null> => {
    const plan = await planningRepo.find(tx, actor.organizationId, id);
    if (!plan || plan.ownerId !== actor.userId) return null;
    const objectives = (plan.content.objectives ?? []).filter((o): o is string => typeof o === 'string');
    const summary = objectives.join(' · ');
    return {
      title: plan.title,
      summary: summary.length > SUMMARY_MAX ? `${summary.slice(0, SUMMARY_MAX - 1)}…` : summary,
    };
  };
