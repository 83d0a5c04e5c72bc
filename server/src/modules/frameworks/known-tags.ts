import type { Db } from '../../db/client';
import { frameworksRepo as repo } from './frameworks.repo';

/**
 * Which of these practice and look-for ids exist in a framework the tenant can see (the built-in
 * one or its own). For modules that tag things with practices (observations), injected so they
 * do not import this module's internals.
 */
export type KnownTags = (
  organizationId: string,
  ids: { practiceIds: string[]; lookForIds: string[] },
) => Promise<{ practiceIds: Set<string>; lookForIds: Set<string> }>;

export const knownTagsFrom =
  (db: Db): KnownTags =>
  async (organizationId, { practiceIds, lookForIds }) => {
    const [practices, lookFors] = await Promise.all([
      repo.visiblePractices(db, organizationId, practiceIds),
      repo.visibleLookFors(db, organizationId, lookForIds),
    ]);
    return { practiceIds: new Set(practices.map((p) => p.id)), lookForIds: new Set(lookFors.map((l) => l.id)) };
  };
