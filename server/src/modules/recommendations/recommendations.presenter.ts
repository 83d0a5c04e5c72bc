import type { RecommendationItem, RecommendationReason, Trial } from '#core/contracts/recommendations';
import type { Locale } from '#core/domain/roles';
import { reasonText } from '#core/recommend/index';
import { tagLabel } from '#core/recommend/reasons';
import type { Recommendation } from '#core/recommend/types';
import type { CommunityCandidate } from '../communities';
import type { CatalogCard } from '../library';
import type { PathwayCandidate } from '../pathways';
import type { PeerCandidate } from '../peer-learning';
import type { TrialRow } from './recommendations.repo';

/** A ranked card as the caller sees it: the card in their language (or the other), each reason as a sentence. */
export function presentItem(
  item: Recommendation,
  card: CatalogCard,
  locale: Locale,
  bySlug: Map<string, CatalogCard[]>,
): RecommendationItem {
  const lookup = { cardTitle: (id: string) => bySlug.get(id)?.[0]?.title };
  return {
    kind: item.kind,
    id: item.id,
    title: card.title,
    summary: card.summary,
    minutes: card.minutes,
    reasons: item.reasons.map(
      (reason): RecommendationReason => ({ ...reason, text: reasonText(reason, locale, lookup) }),
    ),
  };
}

/** A ranked pathway: its title and description in the caller's language (or the other), and why. */
export function presentPathwayItem(
  item: Recommendation,
  path: PathwayCandidate,
  locale: Locale,
  bySlug: Map<string, CatalogCard[]>,
): RecommendationItem {
  const lookup = { cardTitle: (id: string) => bySlug.get(id)?.[0]?.title };
  const other = locale === 'en' ? 'es' : 'en';
  return {
    kind: 'pathway',
    id: item.id,
    title: path.title[locale] ?? path.title[other] ?? '',
    summary: path.description?.[locale] ?? path.description?.[other] ?? '',
    minutes: null,
    reasons: item.reasons.map(
      (reason): RecommendationReason => ({ ...reason, text: reasonText(reason, locale, lookup) }),
    ),
  };
}

/** A ranked community: its name and description as its members wrote them, and why; links to `/communities/{id}`. */
export function presentCommunityItem(
  item: Recommendation,
  community: CommunityCandidate,
  locale: Locale,
  bySlug: Map<string, CatalogCard[]>,
): RecommendationItem {
  const lookup = { cardTitle: (id: string) => bySlug.get(id)?.[0]?.title };
  return {
    kind: 'community',
    id: item.id,
    title: community.name,
    summary: community.description,
    minutes: null,
    reasons: item.reasons.map(
      (reason): RecommendationReason => ({ ...reason, text: reasonText(reason, locale, lookup) }),
    ),
  };
}

const CAN_SHARE = { en: 'Can share', es: 'Puede compartir' } as const;

/**
 * A ranked colleague who offered to be learned from (adr/0009): their name, school and note (or
 * the practices they offered when they left no note), and the practices to ask about. The reasons
 * are about the caller's own needs and never name anyone.
 */
export function presentPeerItem(
  item: Recommendation,
  peer: PeerCandidate,
  locale: Locale,
  bySlug: Map<string, CatalogCard[]>,
): RecommendationItem {
  const lookup = { cardTitle: (id: string) => bySlug.get(id)?.[0]?.title };
  const about =
    peer.note ?? `${CAN_SHARE[locale]}: ${peer.practiceTags.map((tag) => tagLabel(tag, locale)).join(', ')}`;
  return {
    kind: 'peer',
    id: item.id,
    title: peer.name,
    summary: [peer.schoolNames.join(', '), about].filter((part) => part !== '').join(' · '),
    minutes: null,
    practiceTags: peer.practiceTags,
    reasons: item.reasons.map(
      (reason): RecommendationReason => ({ ...reason, text: reasonText(reason, locale, lookup) }),
    ),
  };
}

/** A trial; its plan is shown only while it is still the caller's (the map holds the caller's own plans). */
export function presentTrial(
  row: TrialRow,
  ownPlans: Map<string, { id: string; title: string; date: string | null }>,
): Trial {
  const plan = row.planId ? ownPlans.get(row.planId) : undefined;
  return {
    id: row.id,
    resourceId: row.cardSlug,
    plan: plan ? { id: plan.id, title: plan.title, date: plan.date } : null,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
  };
}
