import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COI_PHASES, CoiCoding } from '../contracts/coi';
import { codePost } from './code';
import { threadProfile } from './thread';

// Post-like words mixed with odd Unicode, so both matching and folding get exercised.
const words = fc.constantFrom(
  'Hi Ana,',
  '¡Hola Marta!',
  '@sam',
  'I agree',
  'building on',
  'quizá la clave',
  'I tried your idea',
  '12 of 20',
  '70 %',
  '> quoted',
  '"a quote here"',
  '«cita larga aquí»',
  '?',
  '¿',
  '!!',
  ':)',
  ';)',
  'NO IDEA!',
  '\n',
  'e\u0301',
  '\u0301',
  'İ',
  'ß',
  '👩🏽‍🏫',
  '\ud800',
  '\u00a0',
);
const text = fc.oneof(
  fc.array(fc.oneof(words, fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 80 }).map((a) => a.join(' ')),
  fc.string({ unit: 'binary', maxLength: 400 }),
);
const input = fc.record({
  text,
  locale: fc.constantFrom('en' as const, 'es' as const),
  isReply: fc.boolean(),
  authorIsFacilitator: fc.boolean(),
});

describe('codePost on any text', () => {
  it('never throws, returns valid offsets and exact spans, and is deterministic', () => {
    fc.assert(
      fc.property(input, (value) => {
        const r = codePost(value);
        expect(CoiCoding.safeParse(r).success).toBe(true);
        for (const c of r.codes) {
          expect(c.evidence.start).toBeGreaterThanOrEqual(0);
          expect(c.evidence.end).toBeGreaterThan(c.evidence.start);
          expect(c.evidence.end).toBeLessThanOrEqual(value.text.length);
          expect(value.text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
        }
        expect(codePost({ ...value })).toEqual(r);
      }),
      { numRuns: 400 },
    );
  });

  it('copes with long posts', () => {
    const chunk = fc.constantFrom('Building on what you said, ', 'x', ' ', '¿', '"', '12/26 ', 'á\u0301', '!!');
    fc.assert(
      fc.property(chunk, fc.boolean(), (c, isReply) => {
        const big = c.repeat(Math.ceil(20_000 / c.length)).slice(0, 20_000);
        const r = codePost({ text: big, locale: 'es', isReply, authorIsFacilitator: false });
        for (const code of r.codes) expect(big.slice(code.evidence.start, code.evidence.end)).toBe(code.evidence.text);
      }),
      { numRuns: 10 },
    );
  });
});

describe('threadProfile on any thread', () => {
  it('has shares in [0, 1] summing to at most 1, and flags that follow the thresholds', () => {
    const post = fc.record({ phase: fc.constantFrom(...COI_PHASES, null), authorIsFacilitator: fc.boolean() });
    fc.assert(
      fc.property(fc.array(post, { maxLength: 60 }), (posts) => {
        const p = threadProfile(posts);
        const shares = Object.values(p.phaseShares);
        for (const s of shares) expect(s >= 0 && s <= 1).toBe(true);
        expect(shares.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1 + 1e-9);
        const advanced = posts.filter((x) => x.phase === 'integration' || x.phase === 'resolution').length;
        expect(p.stuckInExploration).toBe(posts.length >= 8 && advanced / posts.length < 0.1 - 1e-12);
        expect(p.facilitatorDominance).toBe(p.facilitatorShare > 0.4 + 1e-12);
      }),
      { numRuns: 300 },
    );
  });

  it('a counted entry weighs as much as that many alike posts', () => {
    const entry = fc.record({
      phase: fc.constantFrom(...COI_PHASES, null),
      authorIsFacilitator: fc.boolean(),
      count: fc.integer({ min: 1, max: 12 }),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 20 }), (entries) => {
        const expanded = entries.flatMap(({ count, ...post }) => Array.from({ length: count }, () => post));
        expect(threadProfile(entries)).toEqual(threadProfile(expanded));
      }),
      { numRuns: 200 },
    );
  });
});
