import { StrategyCard } from './card';
import * as accommodations from './cards/accommodations';
import * as backwardDesign from './cards/backward-design';
import * as carryForward from './cards/carry-forward';
import * as checksForUnderstanding from './cards/checks-for-understanding';
import * as closure from './cards/closure';
import * as coldCallWaitTime from './cards/cold-call-wait-time';
import * as exitTickets from './cards/exit-tickets';
import * as extension from './cards/extension';
import * as feedback from './cards/feedback';
import * as growthFocus from './cards/growth-focus';
import * as higherOrderQuestions from './cards/higher-order-questions';
import * as hingeQuestions from './cards/hinge-questions';
import * as languageSupports from './cards/language-supports';
import * as measurableObjectives from './cards/measurable-objectives';
import * as miniWhiteboards from './cards/mini-whiteboards';
import * as misconceptions from './cards/misconceptions';
import * as pacing from './cards/pacing';
import * as planningRationale from './cards/planning-rationale';
import * as retrievalPractice from './cards/retrieval-practice';
import * as sentenceFrames from './cards/sentence-frames';
import * as structuredStudentTalk from './cards/structured-student-talk';
import * as successCriteria from './cards/success-criteria';
import * as thinkPairShare from './cards/think-pair-share';
import * as udlOptions from './cards/udl-options';
import * as workedExamples from './cards/worked-examples';

export { BODY_WORDS, CARD_LOCALES, countWords, GRADE_BANDS, LIBRARY_VERSION, StrategyCard } from './card';

type CardPair = { en: StrategyCard; es: StrategyCard };

/** One entry per card topic; each module exports the English and the Spanish version. */
const TOPICS: readonly CardPair[] = [
  // The cards the insight rules link to (core/insights/resources.ts).
  measurableObjectives,
  successCriteria,
  checksForUnderstanding,
  hingeQuestions,
  exitTickets,
  structuredStudentTalk,
  higherOrderQuestions,
  closure,
  pacing,
  languageSupports,
  accommodations,
  extension,
  misconceptions,
  carryForward,
  planningRationale,
  growthFocus,
  backwardDesign,
  // Further starter topics.
  thinkPairShare,
  coldCallWaitTime,
  workedExamples,
  retrievalPractice,
  feedback,
  sentenceFrames,
  miniWhiteboards,
  udlOptions,
];

/** Every starter card, both languages, validated at load time. */
export const STARTER_CARDS: readonly StrategyCard[] = Object.freeze(
  TOPICS.flatMap(({ en, es }) => [StrategyCard.parse(en), StrategyCard.parse(es)]),
);

export type CardLocale = StrategyCard['locale'];

/** Cards by id, then by locale: `cardsById.get('closure')?.es`. */
export const cardsById: ReadonlyMap<string, Partial<Record<CardLocale, StrategyCard>>> = (() => {
  const map = new Map<string, Partial<Record<CardLocale, StrategyCard>>>();
  for (const card of STARTER_CARDS) {
    const entry = map.get(card.id) ?? {};
    entry[card.locale] = card;
    map.set(card.id, entry);
  }
  return map;
})();

/** The card in the requested locale, falling back to the other language when it is missing. */
export function getCard(id: string, locale: CardLocale): StrategyCard | undefined {
  const entry = cardsById.get(id);
  return entry?.[locale] ?? entry?.[locale === 'en' ? 'es' : 'en'];
}

/**
 * Resource ids the insight rules link to that have no starter card yet. Empty: every id in
 * STRATEGY_CARD_IDS has a card in both languages (library.test.ts checks this).
 */
export const MISSING_CARD_IDS: readonly string[] = [];
