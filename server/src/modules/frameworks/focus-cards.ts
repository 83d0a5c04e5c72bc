import type { Locale } from '#core/domain/roles';
import { resolveText } from '#core/frameworks/index';
import type { Db } from '../../db/client';
import { frameworksRepo as repo } from './frameworks.repo';

export type FocusPracticeCards = {
  practiceId: string;
  code: string;
  /** A practice of the built-in Conecta framework (its codes are stable). */
  builtIn: boolean;
  title: string;
  description: string | null;
  /** The strategy cards the framework links to the practice. */
  resourceIds: string[];
};

/**
 * A person's growth-focus practices with what recommendations need to turn each into card
 * practice tags (core/recommend practiceMapping), in their order. Injected in api.ts.
 */
export type FocusCards = (organizationId: string, userId: string, locale: Locale) => Promise<FocusPracticeCards[]>;

export const focusCardsFrom =
  (db: Db): FocusCards =>
  async (organizationId, userId, locale) =>
    (await repo.focusOf(db, organizationId, userId)).map((practice) => ({
      practiceId: practice.id,
      code: practice.code,
      builtIn: practice.organizationId === null,
      title: resolveText(practice.title, locale),
      description: practice.description ? resolveText(practice.description, locale) : null,
      resourceIds: practice.resourceIds,
    }));
