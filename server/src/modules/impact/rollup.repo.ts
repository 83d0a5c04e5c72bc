import { and, eq, gt, inArray, type SQL, sql } from 'drizzle-orm';
import { METRICS, type MetricDefinition, type SourceBatch, type SourceFact } from '#core/impact/index';
import type { Executor } from '../../db/client';
import type { ImpactPerson } from '../organizations';
import { impactFacts, impactPeople, impactPulseResponses, impactPulses, impactWatermarks } from './impact.table';

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;
const CHUNK = 500;
const chunks = <T>(items: T[], size = CHUNK) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size));
const list = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

export type FactFilter = {
  organizationId: string;
  initiativeId: string;
  practiceIds: string[];
  scope: { allSchools: boolean; schoolIds: string[]; teamIds: string[] };
  /** A leader's schools: the dashboard never reaches beyond them. Null for district admins. */
  withinSchools: string[] | null;
  schoolId?: string | undefined;
  teamId?: string | undefined;
  subject?: string | undefined;
  from: string;
  to: string;
};
export type Grouping = 'none' | 'week' | 'month' | 'school' | 'team' | 'subject';
export type AggregateRow = {
  metric: string;
  key: string | null;
  total: number;
  n: number;
  people: number;
  person_weeks: number;
};

type Bucket = Required<Omit<SourceFact, 'value'>> & { initiativeId: string | null; total: number; n: number };

/** Adds facts up into their buckets (one row per metric, initiative, practice, person, school, team, subject, week). */
export function bucketsOf(source: string, facts: (SourceFact & { initiativeId?: string | null })[]) {
  const buckets = new Map<string, Bucket & { source: string }>();
  for (const f of facts) {
    const b = {
      source,
      metric: f.metric,
      initiativeId: f.initiativeId ?? null,
      practiceId: f.practiceId ?? null,
      personId: f.personId,
      schoolId: f.schoolId ?? null,
      teamId: f.teamId ?? null,
      subject: f.subject ?? null,
      week: f.week,
    };
    const key = JSON.stringify(b);
    const bucket = buckets.get(key);
    if (bucket) {
      bucket.total += f.value;
      bucket.n += 1;
    } else buckets.set(key, { ...b, total: f.value, n: 1 });
  }
  return [...buckets.values()];
}

/** Scope, filters and the per-metric rules as one WHERE clause over `impact_facts f`. */
function whereOf(q: FactFilter): SQL {
  const person = (cond: SQL) =>
    sql`exists (select 1 from impact_people p where p.organization_id = f.organization_id and p.person_id = f.person_id and ${cond})`;
  const conds: SQL[] = [
    sql`f.organization_id = ${q.organizationId}`,
    sql`f.week between ${q.from}::date and ${q.to}::date`,
    sql`(f.initiative_id is null or f.initiative_id = ${q.initiativeId})`,
    q.practiceIds.length > 0
      ? sql`(f.practice_id is null or f.practice_id in (${list(q.practiceIds)}))`
      : sql`f.practice_id is null`,
  ];
  for (const metric of METRICS as readonly MetricDefinition[]) {
    if (!metric.countsRoles) continue;
    conds.push(sql`(f.metric <> ${metric.id} or ${person(sql`p.role in (${list(metric.countsRoles)})`)})`);
  }
  if (!q.scope.allSchools) {
    const parts: SQL[] = [];
    if (q.scope.schoolIds.length > 0) parts.push(sql`f.school_id in (${list(q.scope.schoolIds)})`);
    if (q.scope.teamIds.length > 0) {
      parts.push(sql`f.team_id in (${list(q.scope.teamIds)})`);
      parts.push(person(sql`p.team_id in (${list(q.scope.teamIds)})`));
    }
    conds.push(parts.length > 0 ? sql`(${sql.join(parts, sql` or `)})` : sql`false`);
  }
  if (q.withinSchools)
    conds.push(q.withinSchools.length > 0 ? sql`f.school_id in (${list(q.withinSchools)})` : sql`false`);
  if (q.schoolId) conds.push(sql`f.school_id = ${q.schoolId}`);
  if (q.teamId)
    conds.push(sql`(f.team_id = ${q.teamId} or (f.team_id is null and ${person(sql`p.team_id = ${q.teamId}`)}))`);
  if (q.subject) conds.push(sql`f.subject = ${q.subject}`);
  return sql.join(conds, sql` and `);
}

const KEY: Record<Exclude<Grouping, 'team'>, SQL> = {
  none: sql`null::text`,
  week: sql`f.week::text`,
  month: sql`to_char(date_trunc('month', f.week), 'YYYY-MM-DD')`,
  school: sql`f.school_id::text`,
  subject: sql`f.subject`,
};

/** The rollup tables: facts replaced per touched person-week, people copied, watermarks per source. */
export const rollupRepo = {
  async watermark(db: Executor, organizationId: string, source: string) {
    const [row] = await db
      .select()
      .from(impactWatermarks)
      .where(and(eq(impactWatermarks.organizationId, organizationId), eq(impactWatermarks.source, source)));
    return row ?? null;
  },

  async setWatermark(db: Executor, organizationId: string, source: string, readUntil: Date, now: Date) {
    await db
      .insert(impactWatermarks)
      .values({ organizationId, source, readUntil, refreshedAt: now })
      .onConflictDoUpdate({
        target: [impactWatermarks.organizationId, impactWatermarks.source],
        set: { readUntil, refreshedAt: now },
      });
  },

  /** Forget how far a source was read: the next refresh reads it whole (its targets changed). */
  async resetWatermark(db: Executor, organizationId: string, source: string) {
    await db
      .delete(impactWatermarks)
      .where(and(eq(impactWatermarks.organizationId, organizationId), eq(impactWatermarks.source, source)));
  },

  async lastRefreshed(db: Executor, organizationId: string) {
    const [row] = await db
      .select({ at: sql<string | null>`max(${impactWatermarks.refreshedAt})` })
      .from(impactWatermarks)
      .where(eq(impactWatermarks.organizationId, organizationId));
    return row?.at ? new Date(row.at) : null;
  },

  async replacePeople(db: Executor, organizationId: string, people: ImpactPerson[]) {
    await db.delete(impactPeople).where(eq(impactPeople.organizationId, organizationId));
    for (const part of chunks(people, 1000))
      await db.insert(impactPeople).values(part.map((p) => ({ organizationId, ...p })));
  },

  /**
   * Replaces a source's buckets for the touched person-weeks: the facts there are deleted and
   * written again from the reader's complete set — idempotent, and nothing else is rewritten.
   */
  async replaceBuckets(
    db: Executor,
    organizationId: string,
    source: string,
    batch: { touched: SourceBatch['touched']; facts: (SourceFact & { initiativeId?: string | null })[] },
  ) {
    for (const part of chunks(batch.touched)) {
      const pairs = sql.join(
        part.map((t) => sql`(${t.personId}::uuid, ${t.week}::date)`),
        sql`, `,
      );
      await db.execute(sql`
        delete from impact_facts
        where organization_id = ${organizationId} and source = ${source}
          and (person_id, week) in (${pairs})`);
    }
    const buckets = bucketsOf(source, batch.facts);
    for (const part of chunks(buckets, 1000))
      await db.insert(impactFacts).values(part.map((b) => ({ organizationId, ...b })));
    return buckets.length;
  },

  /** Impact's own source: pulse answers, one fact per answered item, about the pulse's initiative. */
  async pulseFacts(db: Executor, organizationId: string, since: Date | null) {
    const changed = await db
      .select({ personId: impactPulseResponses.personId, at: impactPulseResponses.createdAt })
      .from(impactPulseResponses)
      .where(
        and(
          eq(impactPulseResponses.organizationId, organizationId),
          since ? gt(impactPulseResponses.createdAt, since) : undefined,
        ),
      );
    if (changed.length === 0) return { changed, rows: [] };
    const rows = await db
      .select({
        personId: impactPulseResponses.personId,
        at: impactPulseResponses.createdAt,
        answers: impactPulseResponses.answers,
        initiativeId: impactPulses.initiativeId,
      })
      .from(impactPulseResponses)
      .innerJoin(
        impactPulses,
        and(eq(impactPulses.organizationId, organizationId), eq(impactPulses.id, impactPulseResponses.pulseId)),
      )
      .where(
        and(
          eq(impactPulseResponses.organizationId, organizationId),
          inArray(impactPulseResponses.personId, [...new Set(changed.map((c) => c.personId))]),
        ),
      );
    return { changed, rows };
  },

  /** Sums, fact counts, distinct people and distinct person-weeks per metric and group. */
  async aggregate(db: Executor, q: FactFilter, grouping: Grouping) {
    const where = whereOf(q);
    if (grouping === 'team')
      return rowsOf<AggregateRow>(
        await db.execute(sql`
          select f.metric, t.team_id::text as key, sum(f.total)::float8 as total, sum(f.n)::int as n,
            count(distinct f.person_id)::int as people,
            count(distinct f.person_id::text || f.week::text)::int as person_weeks
          from impact_facts f
          join lateral (
            select f.team_id where f.team_id is not null
            union
            select p.team_id from impact_people p
            where f.team_id is null and p.organization_id = f.organization_id and p.person_id = f.person_id
              and p.team_id is not null
          ) t(team_id) on true
          where ${where}
          group by f.metric, t.team_id`),
      );
    const key = KEY[grouping];
    return rowsOf<AggregateRow>(
      await db.execute(sql`
        select f.metric, ${key} as key, sum(f.total)::float8 as total, sum(f.n)::int as n,
          count(distinct f.person_id)::int as people,
          count(distinct f.person_id::text || f.week::text)::int as person_weeks
        from impact_facts f
        where ${where}
        group by f.metric, ${key}`),
    );
  },

  /** Distinct teachers with any fact on each level ('l1' … 'l5'): completeness is a share of in-scope teachers. */
  async peopleWithDataByLevel(db: Executor, q: FactFilter) {
    return rowsOf<{ level: string; people: number }>(
      await db.execute(sql`
        select split_part(f.metric, '.', 1) as level, count(distinct f.person_id)::int as people
        from impact_facts f
        where ${whereOf(q)}
          and exists (select 1 from impact_people p where p.organization_id = f.organization_id
            and p.person_id = f.person_id and p.role = 'teacher')
        group by 1`),
    );
  },

  /** Teachers the initiative reaches under the same filters: what completeness is a share of. */
  async inScopeTeachers(db: Executor, q: FactFilter) {
    const conds: SQL[] = [sql`p.organization_id = ${q.organizationId}`, sql`p.role = 'teacher'`];
    if (!q.scope.allSchools) {
      const parts: SQL[] = [];
      if (q.scope.schoolIds.length > 0) parts.push(sql`p.school_id in (${list(q.scope.schoolIds)})`);
      if (q.scope.teamIds.length > 0) parts.push(sql`p.team_id in (${list(q.scope.teamIds)})`);
      conds.push(parts.length > 0 ? sql`(${sql.join(parts, sql` or `)})` : sql`false`);
    }
    if (q.withinSchools)
      conds.push(q.withinSchools.length > 0 ? sql`p.school_id in (${list(q.withinSchools)})` : sql`false`);
    if (q.schoolId) conds.push(sql`p.school_id = ${q.schoolId}`);
    if (q.teamId) conds.push(sql`p.team_id = ${q.teamId}`);
    const [row] = rowsOf<{ n: number }>(
      await db.execute(
        sql`select count(distinct p.person_id)::int as n from impact_people p where ${sql.join(conds, sql` and `)}`,
      ),
    );
    return row?.n ?? 0;
  },

  /** Which of these people are in the initiative's scope (teachers and coaches asked about their pulse). */
  async personIn(db: Executor, organizationId: string, personId: string) {
    return db
      .select()
      .from(impactPeople)
      .where(and(eq(impactPeople.organizationId, organizationId), eq(impactPeople.personId, personId)));
  },
};
