import { describe, expect, it } from 'vitest';
import { findMentions } from './mentions';
import { summarizeScores } from './scoring';

const people = [
  { id: 'ana', name: 'Ana' },
  { id: 'ana-maria', name: 'Ana María López' },
  { id: 'bo', name: 'Bo Chen' },
];

describe('findMentions', () => {
  it('finds each mentioned person once, ignoring case', () => {
    expect(findMentions('@bo chen and @Ana, see the opening. Thanks @ana!', people)).toEqual(['bo', 'ana']);
  });
  it('prefers the longest name', () => {
    expect(findMentions('@Ana María López could you look?', people)).toEqual(['ana-maria']);
  });
  it('does not match inside a longer word or an email address', () => {
    expect(findMentions('@Anabel and ana@school.org', people)).toEqual([]);
  });
  it('finds nothing without an @ or among no people', () => {
    expect(findMentions('Ana, look', people)).toEqual([]);
    expect(findMentions('@Ana', [])).toEqual([]);
  });
});

describe('summarizeScores', () => {
  it('counts levels and averages per criterion, in the sample order', () => {
    const summary = summarizeScores(
      ['Uses evidence', 'Explains reasoning'],
      [
        [
          { criterion: 'Uses evidence', level: 3 },
          { criterion: 'Explains reasoning', level: 2 },
        ],
        [
          { criterion: 'Uses evidence', level: 4 },
          { criterion: 'Retired criterion', level: 1 },
        ],
      ],
    );
    expect(summary).toEqual([
      { criterion: 'Uses evidence', count: 2, mean: 3.5, levels: [0, 0, 1, 1] },
      { criterion: 'Explains reasoning', count: 1, mean: 2, levels: [0, 1, 0, 0] },
    ]);
  });
  it('has no mean without scores', () => {
    expect(summarizeScores(['A'], [])).toEqual([{ criterion: 'A', count: 0, mean: null, levels: [0, 0, 0, 0] }]);
  });
});
