import type { CoiCategory, CoiIndicator } from '../../contracts/coi';

/**
 * One indicator's word list. Patterns are JavaScript regular-expression sources written
 * against *folded* text: lower case, no accents ("tambien", not "también"), straight
 * apostrophes, single spaces. Unless `bounded` is false, a pattern matches whole words only.
 */
export interface CoiRule {
  readonly category: CoiCategory;
  readonly indicator: CoiIndicator;
  readonly patterns: readonly string[];
  readonly bounded?: boolean;
  /**
   * How strongly a match shows its category, 0–1 (default 1). For cognitive phases, a phase
   * is evident when its weights add up to 1; weaker cues alone make the coder "code down".
   */
  readonly weight?: number;
}

export interface CoiLexicon {
  readonly rules: readonly CoiRule[];
  /** Greetings and thanks that may precede a name ("Hi Ana,", "Gracias, Marta"): vocative cues. */
  readonly nameLeads: readonly string[];
  /** Capitalised words that start sentences but are not names ("So,", "Yes,", "Bueno,"). */
  readonly notNames: readonly string[];
}
