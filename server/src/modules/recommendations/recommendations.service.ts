import type { RecommendationOpenedInput, RecommendationsQuery, TrialInput } from '#core/contracts/recommendations';
import type { Locale } from '#core/domain/roles';
import { isRuleId } from '#core/insights/index';
import { practiceMapping, recommend } from '#core/recommend/index';
import type { PeerUsefulness, Recommendation, TeacherSignals } from '#core/recommend/types';
import type { Db } from '../../db/client';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/authz';
import { notFound } from '../../platform/http/problem';
import type { TeachingOf } from '../classes';
import type { CommunityCandidate, CommunityCandidates } from '../communities';
import type { FocusCards } from '../frameworks';
import type { CardCatalog, CatalogCard } from '../library';
import type { OpenActionSteps } from '../observations';
import type { PathwayCandidate, PathwayCandidates } from '../pathways';
import type { PeerCandidate, PeerCandidates } from '../peer-learning';
import type { OwnPlans, RecentPlanInsights } from '../planning';
import type { RecentReflections } from '../reflections';
import { communityCandidates } from './community-candidates';
import { pathwayCandidates } from './pathway-candidates';
import { peerCandidates } from './peer-candidates';
import { recommendationsPolicy as policy } from './recommendations.policy';
import {
  presentCommunityItem,
  presentItem,
  presentPathwayItem,
  presentPeerItem,
  presentTrial,
} from './recommendations.presenter';
import { recommendationsRepo as repo } from './recommendations.repo';
import {
  cardCandidates,
  cardInfos,
  cardsBySlug,
  gradeBandOf,
  primaryTagsOf,
  reflectionThemes,
  similarClassKeys,
} from './signals';

/** How much history each signal reads: recent enough to matter, bounded so a request stays cheap. */
const RECENT_PLANS = 10;
const RECENT_REFLECTIONS = 10;
const OPEN_STEPS = 10;

export type RecommendationsDeps = {
  db: Db;
  cards: CardCatalog;
  focusCards: FocusCards;
  teaching: TeachingOf;
  planInsights: RecentPlanInsights;
  reflections: RecentReflections;
  actionSteps: OpenActionSteps;
  ownPlans: OwnPlans;
  /** The district's published pathways the person does not follow yet, ranked alongside cards. */
  pathways?: PathwayCandidates;
  /** Communities the person may join and has not, ranked alongside cards (home and digest only). */
  communities?: CommunityCandidates;
  /**
   * Colleagues who published an open offer to be learned from (Home's own card, `kind=peer`; adr/0009).
   * Ranked only on what they published and their classes' subjects and grade bands.
   */
  peers?: PeerCandidates;
  now?: () => Date;
};

/** Whose recommendations: the caller, or a digest's recipient. */
type Person = { organizationId: string; userId: string };

const noPlan = () => notFound('There is no plan of yours with that id.');

export function createRecommendationsService(deps: RecommendationsDeps) {
  const { db, cards } = deps;
  const now = deps.now ?? (() => new Date());

  /** Every signal, each from the module that owns it: a fixed number of queries, run side by side. */
  async function gather(person: Person, locale: Locale) {
    const { organizationId: org, userId } = person;
    const [catalog, reactions, trials, seen, focus, teaching, insights, reflections, steps] = await Promise.all([
      cards.cards(org),
      cards.reactionsOf(org, userId),
      repo.trialsOf(db, org, userId),
      repo.seenBy(db, org, userId),
      deps.focusCards(org, userId, locale),
      deps.teaching(org, userId),
      deps.planInsights(org, userId, RECENT_PLANS),
      deps.reflections(org, userId, RECENT_REFLECTIONS),
      deps.actionSteps(org, userId, OPEN_STEPS),
    ]);
    const peerRows = await repo.peerUsefulness(db, org, userId, similarClassKeys(teaching));
    const bySlug = cardsBySlug(catalog, locale);
    const library = cardInfos(bySlug);
    const signals: TeacherSignals = {
      locale,
      subjects: [...new Set(teaching.map((c) => c.subject))],
      gradeBands: [...new Set(teaching.flatMap((c) => gradeBandOf(c.gradeLevel) ?? []))],
      growthFocus: focus.map((practice) => ({
        practiceId: practice.practiceId,
        title: practice.title,
        ...practiceMapping(practice, library),
      })),
      planInsights: insights,
      reflectionThemes: reflectionThemes(reflections),
      openActionSteps: steps.map((step) => ({
        id: step.id,
        text: step.text,
        dueOn: step.dueOn,
        practiceTags: [
          ...new Set([
            ...(step.practice
              ? practiceMapping({ ...step.practice, title: '', resourceIds: step.resourceIds }, library).practiceTags
              : []),
            ...primaryTagsOf(step.resourceIds, bySlug),
          ]),
        ],
      })),
      reactions: reactions.map((r) => ({ cardId: r.resourceId, useful: r.useful })),
      tried: trials.map((t) => ({ cardId: t.cardSlug, planId: t.planId })),
      seen: seen.map((s) => ({ cardId: s.cardSlug, at: s.at, opened: s.opened })),
    };
    const peers: PeerUsefulness = peerRows.map((row) => ({
      cardId: row.card_id,
      useful: row.useful,
      notUseful: row.not_useful,
      tried: row.tried,
    }));
    return { signals, peers, bySlug };
  }

  /** Pathways are ranked on the home page and in the digest; the planner and feedback stay on cards. */
  const pathwaysOf = (person: Person) => deps.pathways?.(person.organizationId, person.userId) ?? Promise.resolve([]);
  /** Communities likewise: home and digest only. */
  const communitiesOf = (person: Person) =>
    deps.communities?.(person.organizationId, person.userId) ?? Promise.resolve([]);
  /** Colleagues to learn from: on Home's own card only (asked for by kind), never the planner or feedback. */
  const peersOf = (person: Person) => deps.peers?.(person.organizationId, person.userId) ?? Promise.resolve([]);

  function present(
    ranked: Recommendation[],
    bySlug: Map<string, CatalogCard[]>,
    paths: PathwayCandidate[],
    locale: Locale,
    groups: CommunityCandidate[] = [],
    colleagues: PeerCandidate[] = [],
  ) {
    const pathById = new Map(paths.map((path) => [path.id, path]));
    const groupById = new Map(groups.map((group) => [group.id, group]));
    const peerById = new Map(colleagues.map((peer) => [peer.id, peer]));
    return ranked.flatMap((item) => {
      if (item.kind === 'peer') {
        const peer = peerById.get(item.id);
        return peer ? [presentPeerItem(item, peer, locale, bySlug)] : [];
      }
      if (item.kind === 'community') {
        const group = groupById.get(item.id);
        return group ? [presentCommunityItem(item, group, locale, bySlug)] : [];
      }
      if (item.kind === 'pathway') {
        const path = pathById.get(item.id);
        return path ? [presentPathwayItem(item, path, locale, bySlug)] : [];
      }
      const card = bySlug.get(item.id)?.[0];
      return card ? [presentItem(item, card, locale, bySlug)] : [];
    });
  }

  return {
    /**
     * The caller's own recommendations for one surface, each with its reasons in the caller's
     * language; what is served is recorded (novelty).
     */
    async list(actor: Actor, query: RecommendationsQuery, locale: Locale = actor.locale) {
      authorize(policy.canGetOwn(actor));
      if (query.ruleId !== undefined && !isRuleId(query.ruleId))
        throw notFound('There is no insight rule with that id.');
      if (query.planId !== undefined) {
        const [own] = await deps.ownPlans(actor.organizationId, actor.userId, [query.planId]);
        if (!own) throw noPlan();
      }
      const { signals, peers, bySlug } = await gather(actor, locale);
      if (query.actionStepId !== undefined && !signals.openActionSteps.some((step) => step.id === query.actionStepId))
        throw notFound('There is no open action step of yours with that id.');
      /**
       * Pathways and communities: home only, and only the kind asked for when one is. Colleagues only
       * when asked for by kind (Home's own "Colleagues to learn from" card), so Home never offers the
       * same person twice.
       */
      const wants = (kind: 'pathway' | 'community' | 'peer') =>
        query.surface === 'home' && (query.kind === kind || (query.kind === undefined && kind !== 'peer'));
      const paths = wants('pathway') ? await pathwaysOf(actor) : [];
      const groups = wants('community') ? await communitiesOf(actor) : [];
      const colleagues = wants('peer') ? await peersOf(actor) : [];
      const candidates = [
        ...cardCandidates(bySlug),
        ...pathwayCandidates(paths, bySlug),
        ...communityCandidates(groups),
        ...peerCandidates(colleagues),
      ].filter((candidate) => query.kind === undefined || candidate.kind === query.kind);
      const ranked = recommend(signals, candidates, peers, {
        today: now().toISOString().slice(0, 10),
        surface: query.surface,
        ...(query.ruleId !== undefined && { ruleId: query.ruleId }),
        ...(query.actionStepId !== undefined && { actionStepId: query.actionStepId }),
        limit: query.limit,
      });
      const items = present(ranked, bySlug, paths, locale, groups, colleagues);
      await repo.recordImpressions(
        db,
        items
          .flatMap((item) => (item.kind === 'card' ? [item] : []))
          .map((item) => ({
            organizationId: actor.organizationId,
            userId: actor.userId,
            cardSlug: item.id,
            surface: query.surface,
          })),
      );
      return { items };
    },

    /**
     * The top few for a person's weekly mail (surface `digest`: more variety), with reasons in their
     * language; not recorded as shown. For the lead to wire into a weekly job (notifications).
     */
    async forDigest(person: Person, locale: Locale, limit = 3) {
      const { signals, peers, bySlug } = await gather(person, locale);
      // No colleagues here: a name among "three ideas for your week" would read as an idea, not a person.
      const [paths, groups] = await Promise.all([pathwaysOf(person), communitiesOf(person)]);
      const candidates = [
        ...cardCandidates(bySlug),
        ...pathwayCandidates(paths, bySlug),
        ...communityCandidates(groups),
      ];
      const ranked = recommend(signals, candidates, peers, {
        today: now().toISOString().slice(0, 10),
        surface: 'digest',
        limit,
      });
      return present(ranked, bySlug, paths, locale, groups);
    },

    /** The caller opened a recommended card. */
    async opened(actor: Actor, { id, surface }: RecommendationOpenedInput) {
      authorize(policy.canGetOwn(actor));
      const card = await cards.readable(db, actor.organizationId, id, actor.locale);
      if (!card) throw notFound();
      await repo.recordImpressions(db, [
        { organizationId: actor.organizationId, userId: actor.userId, cardSlug: card.slug, surface, opened: true },
      ]);
    },

    /** "I tried it", on one of the caller's own plans or on none. */
    async tried(actor: Actor, id: string, input: TrialInput) {
      authorize(policy.canTry(actor));
      const card = await cards.readable(db, actor.organizationId, id, actor.locale);
      if (!card) throw notFound();
      const plan = input.planId
        ? (await deps.ownPlans(actor.organizationId, actor.userId, [input.planId]))[0]
        : undefined;
      if (input.planId && !plan) throw noPlan();
      const row = await repo.saveTrial(db, {
        organizationId: actor.organizationId,
        userId: actor.userId,
        cardSlug: card.slug,
        planId: plan?.id ?? null,
        note: input.note || null,
      });
      return presentTrial(row, plan ? new Map([[plan.id, plan]]) : new Map());
    },

    /** The caller's own trials of a card, newest first. */
    async trials(actor: Actor, id: string) {
      authorize(policy.canTry(actor));
      const card = await cards.readable(db, actor.organizationId, id, actor.locale);
      if (!card) throw notFound();
      const rows = await repo.trialsOf(db, actor.organizationId, actor.userId, card.slug);
      const planIds = [...new Set(rows.flatMap((row) => (row.planId ? [row.planId] : [])))];
      const plans = await deps.ownPlans(actor.organizationId, actor.userId, planIds);
      const byId = new Map(plans.map((plan) => [plan.id, plan]));
      return { items: rows.map((row) => presentTrial(row, byId)) };
    },
  };
}
