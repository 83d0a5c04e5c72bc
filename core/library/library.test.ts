import { describe, expect, it } from 'vitest';
import { RULE_RESOURCES, STRATEGY_CARD_IDS } from '../insights/resources';
import { BODY_WORDS, CARD_LOCALES, countWords, LIBRARY_VERSION, StrategyCard } from './card';
import { cardsById, getCard, MISSING_CARD_IDS, STARTER_CARDS } from './index';

const en = STARTER_CARDS.filter((c) => c.locale === 'en');
const es = STARTER_CARDS.filter((c) => c.locale === 'es');

describe('starter strategy library', () => {
  it('has a version', () => {
    expect(LIBRARY_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it.each(STARTER_CARDS.map((c) => [`${c.locale}/${c.id}`, c] as const))('%s passes the schema', (_, card) => {
    const result = StrategyCard.safeParse(card);
    expect(result.success, result.error?.message).toBe(true);
  });

  it('has unique ids per locale', () => {
    for (const locale of CARD_LOCALES) {
      const ids = STARTER_CARDS.filter((c) => c.locale === locale).map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('has every card in both locales', () => {
    expect(en.map((c) => c.id).sort()).toEqual(es.map((c) => c.id).sort());
    for (const [id, entry] of cardsById) {
      expect(entry.en, `${id} en`).toBeDefined();
      expect(entry.es, `${id} es`).toBeDefined();
    }
  });

  it('covers every card id the insight rules link to, in English and Spanish', () => {
    const required = STRATEGY_CARD_IDS.filter((id) => !MISSING_CARD_IDS.includes(id));
    for (const id of required) {
      expect(cardsById.get(id)?.en, `${id} en`).toBeDefined();
      expect(cardsById.get(id)?.es, `${id} es`).toBeDefined();
    }
    for (const ids of Object.values(RULE_RESOURCES)) {
      for (const id of ids) expect(MISSING_CARD_IDS.includes(id) || cardsById.has(id), id).toBe(true);
    }
    // The gap list only names real, still-missing ids.
    for (const id of MISSING_CARD_IDS) {
      expect(STRATEGY_CARD_IDS as readonly string[]).toContain(id);
      expect(cardsById.has(id), `${id} has a card: remove it from MISSING_CARD_IDS`).toBe(false);
    }
  });

  it.each(STARTER_CARDS.map((c) => [`${c.locale}/${c.id}`, c] as const))('%s body is a 3–5 minute read', (_, card) => {
    const words = countWords(card.body);
    expect(words).toBeGreaterThanOrEqual(BODY_WORDS.min);
    expect(words).toBeLessThanOrEqual(BODY_WORDS.max);
  });

  it.each(STARTER_CARDS.map((c) => [`${c.locale}/${c.id}`, c] as const))('%s has a 1–2 sentence summary', (_, card) => {
    const sentences = card.summary.split(/(?<=[.!?])\s+(?=[A-Z¿¡ÁÉÍÓÚÑ"“])/u).filter((s) => s.trim());
    expect(sentences.length).toBeGreaterThanOrEqual(1);
    expect(sentences.length).toBeLessThanOrEqual(2);
  });

  it('has Spanish cards that are not copies of the English ones', () => {
    for (const card of es) {
      const other = cardsById.get(card.id)?.en;
      expect(other).toBeDefined();
      if (!other) continue;
      for (const field of ['title', 'summary', 'body', 'whyItWorks', 'example'] as const) {
        expect(card[field], `${card.id}.${field}`).not.toBe(other[field]);
      }
      expect(card.steps).not.toEqual(other.steps);
      expect(card.gradeBands).not.toEqual(other.gradeBands);
      // Shares few English function words (catches untranslated paragraphs).
      const englishHits = card.body.match(/\b(the|and|students|with|that|this|you)\b/gi) ?? [];
      expect(englishHits.length, `${card.id} body looks English`).toBeLessThan(3);
    }
  });

  it('uses the glossary terms in Spanish', () => {
    for (const card of es) {
      const text = [card.title, card.summary, card.body, card.whyItWorks, card.example, ...card.steps].join(' ');
      expect(text, card.id).not.toMatch(/\balumnos?\b/i);
      expect(text, card.id).not.toMatch(/\bprofesor(es)?\b/i);
    }
  });

  it('names no invented statistics in the research sections', () => {
    for (const card of STARTER_CARDS) {
      expect(card.whyItWorks, `${card.locale}/${card.id}`).not.toMatch(
        /\beffect size\b|\btamaño del efecto\b|\bd\s*=\s*0?\.\d/i,
      );
      expect(card.whyItWorks, `${card.locale}/${card.id}`).not.toMatch(/\bp\.\s*\d+|\bpág\.\s*\d+/i);
    }
  });

  it('falls back to the other language in getCard', () => {
    expect(getCard('closure', 'es')?.locale).toBe('es');
    expect(getCard('does-not-exist', 'en')).toBeUndefined();
  });
});
