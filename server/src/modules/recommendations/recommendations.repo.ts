import { and, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { classes, resourceReactions } from '../../db/schema';
import { cardTrials, recommendationImpressions } from './recommendations.table';

/** Impressions kept per person: the last this many, and none older than the window. */
export const IMPRESSIONS_KEPT = 200;
export const IMPRESSIONS_DAYS = 90;

type Rows<T> = { rows: T[] };
const rowsOf = <T>(result: unknown) => (result as Rows<T>).rows;

export type TrialRow = typeof cardTrials.$inferSelect;

export const recommendationsRepo = {
  /** "I tried it" on a plan replaces the note of an earlier one on the same plan; without a plan, each is kept. */
  async saveTrial(db: Executor, values: typeof cardTrials.$inferInsert) {
    if (values.planId == null) {
      const [row] = await db.insert(cardTrials).values(values).returning();
      return row!;
    }
    const [row] = await db
      .insert(cardTrials)
      .values(values)
      .onConflictDoUpdate({
        target: [cardTrials.organizationId, cardTrials.userId, cardTrials.cardSlug, cardTrials.planId],
        targetWhere: sql`${cardTrials.planId} is not null`,
        set: { note: values.note ?? null, createdAt: sql`now()` },
      })
      .returning();
    return row!;
  },

  /** One person's trials: of one card, or (no slug) of every card; newest first. */
  async trialsOf(db: Executor, organizationId: string, userId: string, cardSlug?: string) {
    return db
      .select()
      .from(cardTrials)
      .where(
        and(
          eq(cardTrials.organizationId, organizationId),
          eq(cardTrials.userId, userId),
          cardSlug === undefined ? undefined : eq(cardTrials.cardSlug, cardSlug),
        ),
      )
      .orderBy(desc(cardTrials.createdAt), desc(cardTrials.id));
  },

  /** What a person was shown, per card: when last, and whether ever opened (within the kept window). */
  async seenBy(db: Executor, organizationId: string, userId: string) {
    return db
      .select({
        cardSlug: recommendationImpressions.cardSlug,
        at: sql<string>`max(${recommendationImpressions.at})::date::text`,
        opened: sql<boolean>`bool_or(${recommendationImpressions.opened})`,
      })
      .from(recommendationImpressions)
      .where(
        and(eq(recommendationImpressions.organizationId, organizationId), eq(recommendationImpressions.userId, userId)),
      )
      .groupBy(recommendationImpressions.cardSlug);
  },

  /** Records showings (or an opening), then trims the person's rows to the kept window: one statement each. */
  async recordImpressions(db: Executor, rows: (typeof recommendationImpressions.$inferInsert)[]) {
    if (rows.length === 0) return;
    await db.insert(recommendationImpressions).values(rows);
    const { organizationId, userId } = rows[0]!;
    await db.execute(sql`
      delete from ${recommendationImpressions}
      where organization_id = ${organizationId} and user_id = ${userId}
        and (at < now() - make_interval(days => ${IMPRESSIONS_DAYS})
          or id not in (
            select id from ${recommendationImpressions}
            where organization_id = ${organizationId} and user_id = ${userId}
            order by at desc, id desc limit ${IMPRESSIONS_KEPT}))`);
  },

  /**
   * What teachers of similar classes (same subject and grade band, same district; the caller left
   * out) found useful: per card, how many answered useful / not useful and how many tried it.
   * Counts only — the query returns no person.
   */
  async peerUsefulness(db: Executor, organizationId: string, userId: string, similar: [string, string][]) {
    if (similar.length === 0) return [];
    const pairs = sql.join(
      similar.map(([subject, grade]) => sql`(${subject}, ${grade})`),
      sql`, `,
    );
    return rowsOf<{ card_id: string; useful: number; not_useful: number; tried: number }>(
      await db.execute(sql`
        with peers as (
          select distinct owner_id from ${classes}
          where organization_id = ${organizationId} and owner_id <> ${userId} and archived_at is null
            and (lower(trim(subject)), grade_level) in (${pairs})
        ),
        votes as (
          select r.resource_id as card_id, r.useful, null::uuid as tried_by
          from ${resourceReactions} r join peers p on p.owner_id = r.user_id
          where r.organization_id = ${organizationId}
          union all
          select t.card_slug, null, t.user_id
          from ${cardTrials} t join peers p on p.owner_id = t.user_id
          where t.organization_id = ${organizationId}
        )
        select card_id,
          (count(*) filter (where useful))::int as useful,
          (count(*) filter (where useful = false))::int as not_useful,
          (count(distinct tried_by))::int as tried
        from votes group by card_id`),
    );
  },
};
