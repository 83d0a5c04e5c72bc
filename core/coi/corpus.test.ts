import { describe, expect, it } from 'vitest';
import { COI_INDICATORS, COI_PHASES, CoiCoding, type CoiIndicator } from '../contracts/coi';
import type { Locale } from '../domain/roles';
import { codePost } from './code';
import { enFixtures } from './fixtures/en';
import { esFixtures } from './fixtures/es';
import { heldOutFixtures } from './fixtures/held-out';
import type { CoiFixture } from './fixtures/types';

const corpora: [Locale, readonly CoiFixture[]][] = [
  ['en', enFixtures],
  ['es', esFixtures],
];
const all = corpora.flatMap(([locale, fx]) => fx.map((f) => [locale, f] as const));
const code = (locale: Locale, f: CoiFixture) =>
  codePost({ text: f.text, locale, isReply: f.isReply, authorIsFacilitator: f.authorIsFacilitator });

/*
 * en.ts and es.ts are the calibration set: written alongside the word lists (in rounds: each
 * round's held-out posts were moved in once the lists changed), so we require every post's phase
 * and every key indicator to match (100 %). held-out.ts was written after the lists were frozen;
 * on it we report agreement and assert floors just under what the frozen lists reach (11 of 14
 * phases, 17 of 19 indicators), so a change that makes the coder worse on unseen posts fails.
 * Real posts agree less than calibration posts (McKlin et al. report κ ≈ .31 for automated
 * cognitive-presence coding on realistic samples), which is why codes are drafts a human confirms.
 */
describe('CoI corpus', () => {
  it('has at least 40 posts, at least 15 in Spanish, every phase and no phase, all three presences', () => {
    expect(all.length).toBeGreaterThanOrEqual(40);
    expect(esFixtures.length).toBeGreaterThanOrEqual(15);
    for (const [, fx] of corpora) {
      expect(new Set(fx.map((f) => f.expectedPhase))).toEqual(new Set([...COI_PHASES, null]));
    }
    const expected = new Set(all.flatMap(([, f]) => f.indicators));
    for (const category of ['affective', 'open-communication', 'group-cohesion', 'facilitation'] as const) {
      expect(COI_INDICATORS[category].some((i) => expected.has(i as CoiIndicator))).toBe(true);
    }
    expect(all.some(([, f]) => f.authorIsFacilitator)).toBe(true);
  });

  for (const [locale, fixtures] of corpora) {
    describe(locale, () => {
      it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_, fixture) => {
        const result = code(locale, fixture);
        const found = new Set(result.codes.map((c) => c.indicator));
        expect({ phase: result.phase, missing: fixture.indicators.filter((i) => !found.has(i)) }).toEqual({
          phase: fixture.expectedPhase,
          missing: [],
        });
      });
    });
  }

  it('returns codes the contract accepts, each span exactly the words at its offsets', () => {
    for (const [locale, f] of all) {
      const result = CoiCoding.parse(code(locale, f));
      for (const c of result.codes) {
        expect(f.text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
        expect(c.evidence.text.trim()).toBe(c.evidence.text);
        expect(c.evidence.text.length).toBeGreaterThan(0);
        expect((COI_INDICATORS[c.category] as readonly string[]).includes(c.indicator)).toBe(true);
        expect(c.phase === undefined).toBe(c.presence !== 'cognitive');
      }
    }
  });
});

describe('CoI held-out posts', () => {
  const results = heldOutFixtures.map((f) => {
    const r = code(f.locale, f);
    const found = new Set(r.codes.map((c) => c.indicator));
    return { f, phaseOk: r.phase === f.expectedPhase, missing: f.indicators.filter((i) => !found.has(i)) };
  });

  it('are at least 12 unseen posts in both languages', () => {
    expect(heldOutFixtures.length).toBeGreaterThanOrEqual(12);
    expect(new Set(heldOutFixtures.map((f) => f.locale))).toEqual(new Set(['en', 'es']));
  });

  it('agree on at least 70 % of phases and find at least 85 % of key indicators', () => {
    const phaseAgreement = results.filter((r) => r.phaseOk).length / results.length;
    const total = results.reduce((n, r) => n + r.f.indicators.length, 0);
    const found = total - results.reduce((n, r) => n + r.missing.length, 0);
    console.info(`CoI held-out: phase ${Math.round(phaseAgreement * 100)} %, indicators ${found}/${total}`);
    expect(phaseAgreement).toBeGreaterThanOrEqual(0.7);
    expect(found / total).toBeGreaterThanOrEqual(0.85);
  });

  it('errs downward, as "code down when unsure" asks: never above the human phase', () => {
    for (const { f } of results) {
      const r = code(f.locale, f);
      if (r.phase === null) continue;
      const ceiling =
        f.expectedPhase === null ? COI_PHASES.indexOf('exploration') : COI_PHASES.indexOf(f.expectedPhase);
      expect({ post: f.name, rank: COI_PHASES.indexOf(r.phase) <= ceiling }).toEqual({ post: f.name, rank: true });
    }
  });
});

describe('codePost rules', () => {
  const post = (
    text: string,
    extra: Partial<{ isReply: boolean; authorIsFacilitator: boolean; locale: Locale }> = {},
  ) => codePost({ text, locale: 'en', isReply: false, authorIsFacilitator: false, ...extra });

  it('codes a reply as continuing the thread, a new post not', () => {
    const text = 'In my class we use exit tickets.';
    expect(post(text, { isReply: true }).codes.some((c) => c.indicator === 'continuing-thread')).toBe(true);
    expect(post(text).codes.some((c) => c.indicator === 'continuing-thread')).toBe(false);
  });

  it('is surer of teaching presence when the author facilitates', () => {
    const text = 'Please post one example by Friday.';
    const conf = (facilitator: boolean) =>
      post(text, { authorIsFacilitator: facilitator }).codes.find((c) => c.indicator === 'time-parameters')!.confidence;
    expect(conf(true)).toBe(1);
    expect(conf(false)).toBeLessThan(1);
  });

  it('codes the highest evident phase, and codes down when the higher cue is weak', () => {
    // Integration and exploration both evident: integration.
    expect(
      post('In my class I tried stems. Building on what you said, I think the key is the prompt.', { isReply: true })
        .phase,
    ).toBe('integration');
    // Only a weak resolution cue ("it worked") next to evident exploration: exploration.
    expect(post('In my class I use stems with my students and it worked.', { isReply: true }).phase).toBe(
      'exploration',
    );
    // A lone weak resolution hint codes down to exploration.
    expect(post('It worked, thanks.', { isReply: true }).phase).toBe('exploration');
    // Two weak triggering hints add up to an evident one; one alone still codes triggering.
    expect(post('I wonder why. Not sure how to start.').phase).toBe('triggering');
  });

  it('treats the background of an opening question as a triggering event, not exploration', () => {
    const r = post('My students never read the feedback I write and I spend hours on it. How do you make them use it?');
    expect(r.phase).toBe('triggering');
  });

  it('finds no phase in a purely social post, and nothing in blank text', () => {
    expect(post('Thank you, Ana!', { isReply: true }).phase).toBeNull();
    expect(post('   ')).toMatchObject({ codes: [], phase: null });
    expect(post('')).toMatchObject({ codes: [], phase: null });
  });

  it('matches Spanish without accents and maps spans back to the accented words', () => {
    const r = post('Quizas la clave esta en el tiempo. Quizá la clave está en el tiempo.', {
      locale: 'es',
      isReply: true,
    });
    const spans = r.codes.filter((c) => c.indicator === 'tentative-hypothesis').map((c) => c.evidence.text);
    expect(spans).toEqual(['Quizas la clave', 'Quizá la clave']);
  });

  it('finds vocatives: @mentions, names after a greeting, not capitalised sentence openers', () => {
    const vocatives = (text: string) =>
      post(text, { isReply: true })
        .codes.filter((c) => c.indicator === 'vocative')
        .map((c) => c.evidence.text);
    expect(vocatives('Hi Priya, thanks. @sam.lee did this too.')).toEqual(['Priya', '@sam.lee']);
    expect(vocatives('So, yesterday we tried it. Honestly, it went fine.')).toEqual([]);
  });
});
