import type { Db } from '../../db/client';
import { frameworksRepo as repo } from './frameworks.repo';

/** A practice's words that show it in a written plan, per language (as authored in its framework). */
export type PracticeTerms = (
  organizationId: string,
  practiceIds: string[],
) => Promise<{ id: string; title: string; planTerms: { en?: string[]; es?: string[] } }[]>;

/** For impact's level-4 "target practice present in plans" (injected): the practices the tenant may see. */
export const practiceTermsFrom =
  (db: Db): PracticeTerms =>
  async (organizationId, practiceIds) =>
    (await repo.visiblePractices(db, organizationId, practiceIds)).map((p) => ({
      id: p.id,
      title: p.title.en ?? p.title.es ?? p.code,
      planTerms: p.planTerms ?? {},
    }));
