import type { Locale } from '../../domain/roles';
import { en } from './en';
import { es } from './es';
import type { Lexicon } from './types';

/**
 * The version of the rules and word lists together. Bump it whenever a list, a threshold
 * or a rule changes, so that a stored result can be reproduced and compared.
 */
export const RULESET_VERSION = '2026.11.2';

export const LEXICONS: Record<Locale, Lexicon> = { en, es };

export { BLOOM_LEVELS, type BloomLevel, type Lexicon } from './types';
