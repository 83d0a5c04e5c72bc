import { z } from 'zod';
import type { Problem } from '#core/contracts/common';
import type { Locale } from '#core/domain/roles';
import { PROBLEMS_ES } from './problems.es';

type ZodIssue = Parameters<NonNullable<ReturnType<typeof z.locales.es>['localeError']>>[0];
const spanishZod = z.locales.es().localeError;

const translate = (text: string, locale: Locale) => (locale === 'es' ? (PROBLEMS_ES[text] ?? text) : text);

/**
 * Puts a problem into the requester's language. Our own messages come from the catalog; Zod's
 * built-in validation messages are rendered again by Zod's Spanish locale from the original issue.
 */
export function localizeProblem<P extends Problem>(
  problem: P,
  locale: Locale,
  issues: (ZodIssue | undefined)[] = [],
): P {
  if (locale === 'en') return problem;
  return {
    ...problem,
    title: translate(problem.title, locale),
    ...(problem.detail ? { detail: translate(problem.detail, locale) } : {}),
    ...(problem.errors
      ? {
          errors: problem.errors.map((error, index) => {
            const issue = issues[index];
            const own = PROBLEMS_ES[error.message];
            const rendered = !own && issue ? spanishZod?.(issue) : undefined;
            const zodMessage = typeof rendered === 'string' ? rendered : rendered?.message;
            return { ...error, message: own ?? zodMessage ?? error.message };
          }),
        }
      : {}),
  };
}
