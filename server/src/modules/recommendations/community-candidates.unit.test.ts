import { describe, expect, it } from 'vitest';
import { communityCandidates } from './community-candidates';

describe('communities as candidates', () => {
  it('tags a community from its name and description, in English or Spanish, and leaves out one naming no practice', () => {
    const candidates = communityCandidates([
      { id: 'a', name: 'Questioning circle', description: 'Open questions that push thinking.' },
      { id: 'b', name: 'Retroalimentación entre pares', description: 'Compartimos comentarios sobre tareas.' },
      { id: 'c', name: 'Friday coffee', description: 'Catching up at the end of the week.' },
    ]);
    expect(candidates.map((c) => c.id)).toEqual(['a', 'b']);
    expect(candidates[0]).toEqual({
      kind: 'community',
      id: 'a',
      practiceTags: ['questioning'],
      cardIds: [],
      subjects: [],
      gradeBands: [],
      locales: [],
    });
    expect(candidates[1]!.practiceTags[0]).toBe('feedback');
  });
});
