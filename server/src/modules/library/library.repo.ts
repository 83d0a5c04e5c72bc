import { and, asc, desc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Locale } from '#core/domain/roles';
import type { Executor } from '../../db/client';
import { resourceReactions, strategyCards } from './library.table';

export type CardRow = typeof strategyCards.$inferSelect;
export type CardValues = Omit<typeof strategyCards.$inferInsert, 'id' | 'search' | 'createdAt' | 'updatedAt'>;
export type ListFilter = { locale: Locale; q?: string | undefined; practiceId?: string | undefined };

/** Card ids and practice tags are kebab-case slugs (a UUID is one too): anything else is simply not found. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isSlug = (value: string) => value.length <= 64 && SLUG.test(value);

/** Built-in cards are everyone's; a district's own cards only its tenant's. */
const visibleTo = (organizationId: string) =>
  or(isNull(strategyCards.organizationId), eq(strategyCards.organizationId, organizationId));

/** Cards whose practice tags include this one. */
const taggedWith = (practiceId: string | undefined) =>
  practiceId ? sql`${strategyCards.practiceTags} @> array[${practiceId}]::text[]` : undefined;

/** Search in the cards' own language (the Spanish document also carries accent-folded words: see library.table.ts). */
const tsquery = (locale: Locale, q: string) =>
  sql`websearch_to_tsquery(${locale === 'es' ? 'spanish' : 'english'}::regconfig, ${q})`;

/** ts_rank scaled to an integer, so a page's last rank goes into the cursor and compares exactly. */
const rankOf = (query: SQL) => sql<number>`(ts_rank(${strategyCards.search}, ${query}) * 1000000)::int`;

const summaryColumns = {
  id: strategyCards.id,
  slug: strategyCards.slug,
  locale: strategyCards.locale,
  title: strategyCards.title,
  summary: strategyCards.summary,
  minutes: strategyCards.minutes,
  practiceTags: strategyCards.practiceTags,
  subjects: strategyCards.subjects,
};

export const libraryRepo = {
  /** By title; the cursor is (title, row id). */
  async list(db: Executor, organizationId: string, filter: ListFilter, limit: number, after: string[] | null) {
    if (filter.practiceId !== undefined && !isSlug(filter.practiceId)) return [];
    return db
      .select(summaryColumns)
      .from(strategyCards)
      .where(
        and(
          visibleTo(organizationId),
          eq(strategyCards.locale, filter.locale),
          taggedWith(filter.practiceId),
          after ? sql`(${strategyCards.title}, ${strategyCards.id}) > (${after[0]}, ${after[1]}::uuid)` : undefined,
        ),
      )
      .orderBy(asc(strategyCards.title), asc(strategyCards.id))
      .limit(limit + 1);
  },

  /** Matches for `q`, most relevant first; the cursor is (rank, title, row id). */
  async search(
    db: Executor,
    organizationId: string,
    filter: ListFilter & { q: string },
    limit: number,
    after: [number, string, string] | null,
  ) {
    if (filter.practiceId !== undefined && !isSlug(filter.practiceId)) return [];
    const rank = rankOf(tsquery(filter.locale, filter.q));
    return db
      .select({ ...summaryColumns, rank })
      .from(strategyCards)
      .where(
        and(
          visibleTo(organizationId),
          eq(strategyCards.locale, filter.locale),
          sql`${strategyCards.search} @@ ${tsquery(filter.locale, filter.q)}`,
          taggedWith(filter.practiceId),
          after
            ? sql`(${rank} < ${after[0]} or (${rank} = ${after[0]} and (${strategyCards.title}, ${strategyCards.id}) > (${after[1]}, ${after[2]}::uuid)))`
            : undefined,
        ),
      )
      .orderBy(desc(rank), asc(strategyCards.title), asc(strategyCards.id))
      .limit(limit + 1);
  },

  /**
   * The card with this id, in `locale` if it has that language, else in the other one. Should a
   * district ever give its own card a built-in slug, its card wins in the same language.
   */
  async find(db: Executor, organizationId: string, slug: string, locale: Locale) {
    if (!isSlug(slug)) return null;
    const [row] = await db
      .select()
      .from(strategyCards)
      .where(and(visibleTo(organizationId), eq(strategyCards.slug, slug)))
      .orderBy(sql`(${strategyCards.locale} = ${locale}) desc`, sql`${strategyCards.organizationId} nulls last`)
      .limit(1);
    return row ?? null;
  },

  /** A district's own card (the authoring screens will come later; tests use it today). */
  async createDistrictCard(db: Executor, organizationId: string, values: Omit<CardValues, 'organizationId'>) {
    const [row] = await db
      .insert(strategyCards)
      .values({ ...values, organizationId })
      .returning();
    return row!;
  },

  async builtInHashes(db: Executor) {
    const rows = await db
      .select({
        id: strategyCards.id,
        slug: strategyCards.slug,
        locale: strategyCards.locale,
        hash: strategyCards.contentHash,
      })
      .from(strategyCards)
      .where(isNull(strategyCards.organizationId));
    return rows;
  },

  /** Inserts built-in cards, or rewrites the existing row of the same slug and language. */
  async upsertBuiltIns(db: Executor, values: Omit<CardValues, 'organizationId'>[]) {
    if (values.length === 0) return;
    await db
      .insert(strategyCards)
      .values(values.map((v) => ({ ...v, organizationId: null })))
      .onConflictDoUpdate({
        target: [strategyCards.slug, strategyCards.locale],
        targetWhere: isNull(strategyCards.organizationId),
        set: {
          title: sql`excluded.title`,
          summary: sql`excluded.summary`,
          minutes: sql`excluded.minutes`,
          body: sql`excluded.body`,
          whyItWorks: sql`excluded.why_it_works`,
          example: sql`excluded.example`,
          steps: sql`excluded.steps`,
          gradeBands: sql`excluded.grade_bands`,
          practiceTags: sql`excluded.practice_tags`,
          subjects: sql`excluded.subjects`,
          contentHash: sql`excluded.content_hash`,
          updatedAt: sql`now()`,
        },
      });
  },

  async deleteCards(db: Executor, ids: string[]) {
    if (ids.length === 0) return;
    await db.delete(strategyCards).where(and(isNull(strategyCards.organizationId), inArray(strategyCards.id, ids)));
  },

  /** One reaction per person per card: a second one replaces the first. */
  async saveReaction(db: Executor, values: typeof resourceReactions.$inferInsert) {
    const [row] = await db
      .insert(resourceReactions)
      .values(values)
      .onConflictDoUpdate({
        target: [resourceReactions.organizationId, resourceReactions.resourceId, resourceReactions.userId],
        set: { useful: values.useful, comment: values.comment ?? null, updatedAt: sql`now()` },
      })
      .returning();
    return row!;
  },

  /** The tenant's counts for a card, and the caller's own answer (null when they have not given one). */
  async reactionCounts(db: Executor, organizationId: string, resourceId: string, userId: string) {
    const [row] = await db
      .select({
        useful: sql<number>`count(*) filter (where ${resourceReactions.useful})::int`,
        notUseful: sql<number>`count(*) filter (where not ${resourceReactions.useful})::int`,
        mine: sql<
          boolean | null
        >`bool_or(${resourceReactions.useful}) filter (where ${resourceReactions.userId} = ${userId})`,
      })
      .from(resourceReactions)
      .where(and(eq(resourceReactions.organizationId, organizationId), eq(resourceReactions.resourceId, resourceId)));
    return { useful: row?.useful ?? 0, notUseful: row?.notUseful ?? 0, mine: row?.mine ?? null };
  },

  /** Every card the tenant may read, in every language: what the recommender ranks (a few hundred rows). */
  async catalog(db: Executor, organizationId: string) {
    return db
      .select({
        slug: strategyCards.slug,
        locale: strategyCards.locale,
        organizationId: strategyCards.organizationId,
        title: strategyCards.title,
        summary: strategyCards.summary,
        minutes: strategyCards.minutes,
        practiceTags: strategyCards.practiceTags,
        subjects: strategyCards.subjects,
        gradeBands: strategyCards.gradeBands,
      })
      .from(strategyCards)
      .where(visibleTo(organizationId));
  },

  /** One person's "was this useful?" answers. */
  async reactionsOf(db: Executor, organizationId: string, userId: string) {
    return db
      .select({ resourceId: resourceReactions.resourceId, useful: resourceReactions.useful })
      .from(resourceReactions)
      .where(and(eq(resourceReactions.organizationId, organizationId), eq(resourceReactions.userId, userId)));
  },
};
