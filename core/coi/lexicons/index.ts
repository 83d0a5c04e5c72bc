import type { Locale } from '../../domain/roles';
import { en } from './en';
import { es } from './es';
import type { CoiLexicon } from './types';

/** Bump on any change to the word lists or the coding rules, so stored drafts can be traced. */
export const COI_RULESET_VERSION = 'coi-2026.11.4';

export const COI_LEXICONS: Readonly<Record<Locale, CoiLexicon>> = { en, es };

export type { CoiLexicon, CoiRule } from './types';
