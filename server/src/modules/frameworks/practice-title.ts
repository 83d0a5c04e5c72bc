import type { LocalizedText } from '#core/contracts/frameworks';
import type { Db } from '../../db/client';
import { frameworksRepo as repo } from './frameworks.repo';

/**
 * A practice the tenant may see, with its code and title: what a micro-credential aligns to
 * (credentials, injected in api.ts). Null when it does not exist for this tenant.
 */
export type PracticeTitleOf = (
  organizationId: string,
  practiceId: string,
) => Promise<{ id: string; code: string; title: LocalizedText } | null>;

export const practiceTitleFrom =
  (db: Db): PracticeTitleOf =>
  async (organizationId, practiceId) => {
    const [practice] = await repo.visiblePractices(db, organizationId, [practiceId]);
    return practice ? { id: practice.id, code: practice.code, title: practice.title } : null;
  };
