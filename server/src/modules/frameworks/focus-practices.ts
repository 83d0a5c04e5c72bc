import type { Locale } from '#core/domain/roles';
import { planTermsFor, resolveText } from '#core/frameworks/index';
import type { Db } from '../../db/client';
import { frameworksRepo as repo } from './frameworks.repo';

export type FocusPractice = { id: string; title: string; lookForTerms: string[] };

/**
 * A teacher's growth-focus practices as `focus.absent` needs them: the words that show each
 * practice in a plan, in the plan's language (`planTermsFor`: no fallback to the other language).
 * Injected into planning and insights, which do not import this module's internals.
 */
export type FocusPractices = (organizationId: string, userId: string, locale: Locale) => Promise<FocusPractice[]>;

export const focusPracticesFrom =
  (db: Db): FocusPractices =>
  async (organizationId, userId, locale) =>
    (await repo.focusOf(db, organizationId, userId)).map((practice) => ({
      id: practice.id,
      title: resolveText(practice.title, locale),
      lookForTerms: planTermsFor(practice, locale),
    }));
