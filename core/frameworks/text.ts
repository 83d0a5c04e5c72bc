import type { FrameworkDocument, LocalizedText, PracticeDocument } from '../contracts/frameworks';
import { LOCALES, type Locale } from '../domain/roles';

const other = (locale: Locale): Locale => (locale === 'en' ? 'es' : 'en');

/**
 * The text in `locale`, falling back to the other language. A validated LocalizedText always has
 * one of the two, so a required text resolves to a string ('' only for an invalid value); an
 * optional one that is absent resolves to null.
 */
export function resolveText(text: LocalizedText, locale: Locale): string;
export function resolveText(text: LocalizedText | null | undefined, locale: Locale): string | null;
export function resolveText(text: LocalizedText | null | undefined, locale: Locale): string | null {
  if (!text) return null;
  return text[locale] ?? text[other(locale)] ?? '';
}

/** Every text of a document that must be present (optional descriptions are left out). */
function requiredTexts(document: FrameworkDocument): LocalizedText[] {
  const out: LocalizedText[] = [document.title];
  for (const domain of document.domains) {
    out.push(domain.title);
    for (const practice of domain.practices) {
      out.push(practice.title);
      for (const level of practice.levels) out.push(level.label, level.descriptor);
      for (const lookFor of practice.lookFors) out.push(lookFor.text);
    }
  }
  return out;
}

/**
 * The languages a document is written in: those in which every required text (titles, level
 * labels and descriptors, look-fors) is present. When neither language covers everything (a
 * document mixing the two), the languages that appear at all, the better covered first.
 */
export function documentLocales(document: FrameworkDocument): Locale[] {
  const texts = requiredTexts(document);
  const count = (locale: Locale) => texts.filter((t) => t[locale] !== undefined).length;
  const complete = LOCALES.filter((locale) => count(locale) === texts.length);
  if (complete.length > 0) return complete;
  return LOCALES.filter((locale) => count(locale) > 0).sort((a, b) => count(b) - count(a));
}

/**
 * The words that show a practice in a written lesson plan, in the plan's language (what
 * `focus.absent` looks for): trimmed, lower-case, without repeats. No fallback to the other
 * language: the terms are matched with the plan language's stemmer, so terms in the other
 * language would make `focus.absent` fire on every plan. An empty list keeps the rule silent.
 */
export function planTermsFor(practice: Pick<PracticeDocument, 'planTerms'>, locale: Locale): string[] {
  const seen = new Set<string>();
  for (const term of practice.planTerms[locale] ?? []) {
    const value = term.trim().toLocaleLowerCase(locale);
    if (value !== '') seen.add(value);
  }
  return [...seen];
}
