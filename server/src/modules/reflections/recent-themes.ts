import type { Db } from '../../db/client';
import { reflectionsRepo } from './reflections.repo';

/**
 * What an author's latest reflections showed, as the analysis stored with each: its depth label
 * and the ids of the indicators found (never the words). Injected into recommendations.
 */
export type RecentReflections = (
  organizationId: string,
  authorId: string,
  limit: number,
) => Promise<{ label: string; indicatorIds: string[] }[]>;

export const recentReflectionsFrom =
  (db: Db): RecentReflections =>
  async (organizationId, authorId, limit) =>
    (await reflectionsRepo.recentAnalyses(db, organizationId, authorId, limit)).map((row) => ({
      label: row.label,
      indicatorIds: row.indicators.map((indicator) => indicator.id),
    }));
