import { cardsById, GRADE_BANDS } from '../library';
import type { Candidate, GradeBand } from './types';

/** The starter library as recommendation candidates: one per card, with the languages it exists in. */
export function libraryCandidates(): Candidate[] {
  const out: Candidate[] = [];
  for (const [id, versions] of cardsById) {
    const card = versions.en ?? versions.es;
    if (!card) continue;
    out.push({
      kind: 'card',
      id,
      practiceTags: card.practiceTags,
      cardIds: [id],
      subjects: card.subjects,
      gradeBands: GRADE_BANDS.filter((band) => card.gradeBands[band] !== undefined) as GradeBand[],
      locales: (['en', 'es'] as const).filter((l) => versions[l] !== undefined),
    });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}
