import type { Candidate, GradeBand } from '#core/recommend/types';
import type { CatalogCard } from '../library';
import type { PathwayCandidate } from '../pathways';

/**
 * Pathways as candidates: their cards' practice tags (each card's in order, once), subjects and
 * grade bands; available in the languages its title was written in. A pathway without a card the
 * tenant can read is left out (nothing to match it on).
 */
export function pathwayCandidates(paths: PathwayCandidate[], bySlug: Map<string, CatalogCard[]>): Candidate[] {
  return paths.flatMap((path) => {
    const cards = path.cardSlugs.flatMap((slug) => bySlug.get(slug)?.[0] ?? []);
    if (cards.length === 0) return [];
    const tags = [...new Set(cards.flatMap((card) => card.practiceTags))];
    return [
      {
        kind: 'pathway' as const,
        id: path.id,
        practiceTags: tags,
        cardIds: cards.map((card) => card.slug),
        subjects: [...new Set(cards.flatMap((card) => card.subjects))],
        gradeBands: [...new Set(cards.flatMap((card) => Object.keys(card.gradeBands) as GradeBand[]))],
        locales: (['en', 'es'] as const).filter((locale) => path.title[locale] !== undefined),
      },
    ];
  });
}
