import type { Locale } from '../../domain/roles';
import { en } from './en';
import { es } from './es';
import type { ReflectionLexicon } from './types';

/**
 * One version for the word lists, the cascade and the nudges together: bump it whenever any
 * of them changes, so a stored level can be reproduced and compared across releases.
 */
export const RULESET_VERSION = 'reflection-2026.11.2';

export const LEXICONS: Readonly<Record<Locale, ReflectionLexicon>> = { en, es };

export type { IndicatorPatterns, ReflectionLexicon } from './types';
