import { describe, expect, it } from 'vitest';
import { FrameworkDocument, type LocalizedText, type PracticeDocument } from '../contracts/frameworks';
import { LOCALES } from '../domain/roles';
import { analyzePlan } from '../insights';
import { STRATEGY_CARD_IDS } from '../insights/resources';
import { phraseStems } from '../insights/text/tokenize';
import { cardsById } from '../library';
import {
  CONECTA_FRAMEWORK,
  CONECTA_FRAMEWORK_VERSION,
  CONECTA_PRACTICE_CODES,
  LEVEL_LABELS,
  planTermsFor,
} from './index';

const framework = CONECTA_FRAMEWORK;
const practices = framework.domains.flatMap((d) => d.practices);
const practice = (code: string) => practices.find((p) => p.code === code) as PracticeDocument;

/** Every LocalizedText of the document, with where it is. */
function texts(): [string, LocalizedText][] {
  const out: [string, LocalizedText][] = [['title', framework.title]];
  if (framework.description) out.push(['description', framework.description]);
  for (const d of framework.domains) {
    out.push([`${d.code} title`, d.title]);
    if (d.description) out.push([`${d.code} description`, d.description]);
    for (const p of d.practices) {
      out.push([`${p.code} title`, p.title]);
      if (p.description) out.push([`${p.code} description`, p.description]);
      for (const l of p.levels)
        out.push([`${p.code} level ${l.level} label`, l.label], [`${p.code} level ${l.level}`, l.descriptor]);
      for (const l of p.lookFors) out.push([l.code, l.text]);
    }
  }
  return out;
}

describe('the built-in Conecta Teaching Framework', () => {
  it('validates and has a version', () => {
    expect(FrameworkDocument.safeParse(framework).success).toBe(true);
    expect(framework.code).toBe('conecta');
    expect(CONECTA_FRAMEWORK_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Object.isFrozen(framework) && Object.isFrozen(practices[0]?.lookFors)).toBe(true);
  });

  it('has about five domains, 15–20 practices and 3–6 look-fors per practice', () => {
    expect(framework.domains).toHaveLength(5);
    expect(practices.length).toBeGreaterThanOrEqual(15);
    expect(practices.length).toBeLessThanOrEqual(20);
    for (const p of practices) {
      expect(p.lookFors.length, p.code).toBeGreaterThanOrEqual(3);
      expect(p.lookFors.length, p.code).toBeLessThanOrEqual(6);
    }
  });

  it('uses the stable code scheme D<n>, D<n>.P<m>, D<n>.P<m>.L<k>, unique and numbered in order', () => {
    const all: string[] = [];
    framework.domains.forEach((d, di) => {
      expect(d.code).toBe(`D${di + 1}`);
      all.push(d.code);
      d.practices.forEach((p, pi) => {
        expect(p.code).toBe(`${d.code}.P${pi + 1}`);
        all.push(p.code);
        p.lookFors.forEach((l, li) => {
          expect(l.code).toBe(`${p.code}.L${li + 1}`);
          all.push(l.code);
        });
      });
    });
    expect(new Set(all).size).toBe(all.length);
  });

  it('has every text in English and in Spanish, and they differ', () => {
    for (const [where, text] of texts()) {
      expect(text.en?.trim(), `${where} en`).toBeTruthy();
      expect(text.es?.trim(), `${where} es`).toBeTruthy();
      if (!where.endsWith('label') && !where.endsWith('title')) expect(text.en, where).not.toBe(text.es);
    }
  });

  it('gives every practice a description and four levels with the standard labels', () => {
    for (const p of practices) {
      expect(p.description, p.code).toBeDefined();
      expect(p.levels.map((l) => l.level)).toEqual([1, 2, 3, 4]);
      p.levels.forEach((l, i) => {
        expect(l.label).toEqual({ en: LEVEL_LABELS.en[i], es: LEVEL_LABELS.es[i] });
      });
    }
  });

  it('writes levels as growth: one or two sentences, a next step at level 1, no verdict words', () => {
    const verdict =
      /\b(unsatisfactory|poor|fails?|ineffective|inadequate|insatisfactori[oa]|deficiente|inadecuad[oa]|reprobad[oa])\b/i;
    for (const p of practices) {
      for (const l of p.levels) {
        for (const locale of LOCALES) {
          const text = l.descriptor[locale] as string;
          const sentences = text.split(/(?<=[.!?])\s+(?=[A-ZÁÉÍÓÚÑ¿¡“])/u);
          expect(sentences.length, `${p.code} ${l.level} ${locale}`).toBeLessThanOrEqual(2);
          expect(text, `${p.code} ${l.level} ${locale}`).not.toMatch(verdict);
        }
      }
      expect(p.levels[0]?.descriptor.en, p.code).toMatch(/next step/i);
      expect(p.levels[0]?.descriptor.es, p.code).toMatch(/siguiente paso/i);
    }
  });

  it('speaks to Spanish-speaking teachers with tú, not usted', () => {
    for (const [where, text] of texts()) expect(text.es, where).not.toMatch(/\busted\b|\bvosotros\b/i);
  });

  it('gives every practice 8–20 plan terms per language: lower-case, trimmed, unique, matchable', () => {
    for (const p of practices) {
      for (const locale of LOCALES) {
        const terms = p.planTerms[locale] ?? [];
        expect(terms.length, `${p.code} ${locale}`).toBeGreaterThanOrEqual(8);
        expect(terms.length, `${p.code} ${locale}`).toBeLessThanOrEqual(20);
        expect(new Set(terms).size, `${p.code} ${locale} repeats a term`).toBe(terms.length);
        for (const term of terms) {
          expect(term, `${p.code} ${locale}`).toBe(term.trim().toLocaleLowerCase(locale));
          expect(term.includes(';'), `${term}: ';' separates terms in CSV`).toBe(false);
          expect(phraseStems(term, locale).length, `${p.code} ${locale} “${term}”`).toBeGreaterThan(0);
        }
      }
    }
  });

  it('plan terms are what focus.absent finds: each one in a plan keeps the rule quiet', () => {
    for (const p of practices) {
      for (const locale of LOCALES) {
        const focusPractices = [{ id: p.code, lookForTerms: planTermsFor(p, locale) }];
        const absent = analyzePlan({ title: 'Lesson', locale, objectives: [], segments: [] }, { focusPractices });
        expect(
          absent.insights.some((i) => i.ruleId === 'focus.absent'),
          `${p.code} ${locale}`,
        ).toBe(true);
        for (const term of planTermsFor(p, locale)) {
          const plan = {
            title: 'Lesson',
            locale,
            objectives: [],
            segments: [{ title: 'Part', description: `— ${term} —` }],
          };
          const found = analyzePlan(plan, { focusPractices });
          expect(
            found.insights.some((i) => i.ruleId === 'focus.absent'),
            `${p.code} ${locale} “${term}”`,
          ).toBe(false);
        }
      }
    }
  });

  it('links every practice to strategy cards that exist in both languages', () => {
    for (const p of practices) {
      expect(p.resourceIds.length, p.code).toBeGreaterThan(0);
      expect(new Set(p.resourceIds).size, p.code).toBe(p.resourceIds.length);
      for (const id of p.resourceIds) {
        expect(cardsById.get(id)?.en, `${p.code} → ${id} (en)`).toBeDefined();
        expect(cardsById.get(id)?.es, `${p.code} → ${id} (es)`).toBeDefined();
      }
    }
  });

  it('reaches every strategy card the plan insights link to', () => {
    const linked = new Set(practices.flatMap((p) => p.resourceIds));
    for (const id of STRATEGY_CARD_IDS) expect(linked.has(id), id).toBe(true);
  });

  it('names the practices the plan insights check', () => {
    for (const code of Object.values(CONECTA_PRACTICE_CODES)) expect(practice(code), code).toBeDefined();
    const topics: [string, string, RegExp, string][] = [
      // [code, main card, English title, topic]
      ['D1.P1', 'measurable-objectives', /objectives/i, 'objectives'],
      ['D1.P2', 'success-criteria', /success criteria/i, 'success criteria'],
      ['D1.P3', 'misconceptions', /misconceptions/i, 'misconceptions'],
      ['D1.P4', 'pacing', /pacing/i, 'pacing'],
      ['D3.P2', 'higher-order-questions', /questioning/i, 'higher-order questioning'],
      ['D3.P3', 'structured-student-talk', /student talk/i, 'structured student talk'],
      ['D4.P1', 'checks-for-understanding', /checks for understanding/i, 'checks for understanding'],
      ['D4.P2', 'hinge-questions', /hinge questions/i, 'hinge questions'],
      ['D4.P4', 'closure', /closure and exit tickets/i, 'closure and exit tickets'],
      ['D5.P1', 'language-supports', /language learners/i, 'supports for language learners'],
      ['D5.P2', 'accommodations', /accommodations/i, 'accommodations and differentiation'],
      ['D5.P3', 'extension', /extension/i, 'extension'],
    ];
    for (const [code, card, title, topic] of topics) {
      const p = practice(code);
      expect(p.title.en, topic).toMatch(title);
      expect(p.resourceIds[0], topic).toBe(card);
    }
    expect(CONECTA_PRACTICE_CODES).toMatchObject({
      objectives: 'D1.P1',
      successCriteria: 'D1.P2',
      checksForUnderstanding: 'D4.P1',
      studentTalk: 'D3.P3',
      questioning: 'D3.P2',
      closure: 'D4.P4',
    });
    expect(practice('D4.P4').resourceIds).toContain('exit-tickets');
    expect(practice('D4.P1').planTerms.en).toEqual(
      expect.arrayContaining(['mini-whiteboards', 'hinge question', 'exit ticket', 'thumbs', 'cold call']),
    );
    expect(practice('D4.P1').planTerms.es).toEqual(
      expect.arrayContaining(['pizarras', 'pregunta bisagra', 'boleto de salida']),
    );
  });
});
