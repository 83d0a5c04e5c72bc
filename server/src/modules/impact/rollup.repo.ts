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
/** The dimensions one aggregate pass groups by; `level` counts distinct teachers per Guskey level. */
export type Dimension = 'none' | 'week' | 'month' | 'school' | 'team' | 'subject' | 'level';
export type AggregateRow = {
  metric: string;
  key: string | null;
  total: number;
  n: number;
  people: number;
  person_weeks: number;
};
export type GroupedRow = AggregateRow & { dim: Dimension };

type Bucket = Required<Omit<SourceFact, 'value' | 'weight'>> & {
  initiativeId: string | null;
  total: number;
  n: number;
};

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
    const weight = f.weight ?? 1;
    if (bucket) {
      bucket.total += f.value;
      bucket.n += weight;
    } else buckets.set(key, { ...b, total: f.value, n: weight });
  }
  return [...buckets.values()];
}

const person = (cond: SQL) =>
  sql`exists (select 1 from impact_people p where p.organization_id = f.organization_id and p.person_id = f.person_id and ${cond})`;

/** Each metric that counts only some roles (leaders' participation) keeps only their facts. */
const roleRulesOf = (metrics: readonly MetricDefinition[]): SQL[] =>
  metrics.flatMap((metric) =>
    metric.countsRoles
      ? [sql`(f.metric <> ${metric.id} or ${person(sql`p.role in (${list(metric.countsRoles)})`)})`]
      : [],
  );

/** Scope, filters and the per-metric rules as one WHERE clause over `impact_facts f`. */
function whereOf(q: FactFilter): SQL {
  const conds: SQL[] = [
    sql`f.organization_id = ${q.organizationId}`,
    sql`f.week between ${q.from}::date and ${q.to}::date`,
    sql`(f.initiative_id is null or f.initiative_id = ${q.initiativeId})`,
    q.practiceIds.length > 0
      ? sql`(f.practice_id is null or f.practice_id in (${list(q.practiceIds)}))`
      : sql`f.practice_id is null`,
  ];
  conds.push(...roleRulesOf(METRICS as readonly MetricDefinition[]));
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
        // Two refreshes may overlap (a job outliving its lease): the watermark never moves back.
        set: { readUntil: sql`greatest(${impactWatermarks.readUntil}, excluded.read_until)`, refreshedAt: now },
      });
  },

  /** Serialises writers of one tenant's source until the transaction ends: two refreshes never interleave a replace. */
  async lockSource(db: Executor, organizationId: string, source: string) {
    await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`impact:${organizationId}:${source}`}))`);
  },

  /** Forget how far a source was read: the next refresh reads it whole (its targets changed). */
  async resetWatermark(db: Executor, organizationId: string, source: string) {
    await db
      .delete(impactWatermarks)
      .where(and(eq(impactWatermarks.organizationId, organizationId), eq(impactWatermarks.source, source)));
  },

  /** Forget how far every source was read: the next refresh reads them all whole. */
  async resetAllWatermarks(db: Executor, organizationId: string) {
    await db.delete(impactWatermarks).where(eq(impactWatermarks.organizationId, organizationId));
  },

  /** Copies who belongs where; says whether anything changed (an unchanged copy is not rewritten). */
  async replacePeople(db: Executor, organizationId: string, people: ImpactPerson[]) {
    const keyOf = (p: ImpactPerson) => `${p.personId}|${p.role}|${p.schoolId ?? ''}|${p.teamId ?? ''}`;
    const current = await db
      .select({
        personId: impactPeople.personId,
        role: impactPeople.role,
        schoolId: impactPeople.schoolId,
        teamId: impactPeople.teamId,
      })
      .from(impactPeople)
      .where(eq(impactPeople.organizationId, organizationId));
    const before = current.map(keyOf).sort();
    const after = people.map(keyOf).sort();
    if (before.length === after.length && before.every((key, i) => key === after[i])) return false;
    await db.delete(impactPeople).where(eq(impactPeople.organizationId, organizationId));
    for (const part of chunks(people, 1000))
      await db.insert(impactPeople).values(part.map((p) => ({ organizationId, ...p })));
    return true;
  },

  /**
   * Replaces a source's buckets for the touched person-weeks: the facts there are deleted and
   * written again from the reader's complete set — idempotent, and nothing else is rewritten.
   * A whole read (no watermark) replaces all the source's facts instead: a record deleted, or moved
   * to another week, since the last whole read leaves no touched bucket behind to clear.
   */
  async replaceBuckets(
    db: Executor,
    organizationId: string,
    source: string,
    batch: {
      touched: SourceBatch['touched'];
      facts: (SourceFact & { initiativeId?: string | null })[];
      whole?: boolean;
    },
  ) {
    if (batch.whole)
      await db.execute(sql`delete from impact_facts where organization_id = ${organizationId} and source = ${source}`);
    for (const part of batch.whole ? [] : chunks(batch.touched)) {
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

  /**
   * District-wide sums, fact counts and distinct people per metric over a span, whatever
   * initiative or practice a fact is about (initiative-only facts, pulse answers, left out).
   */
  async districtTotals(
    db: Executor,
    organizationId: string,
    span: { from: string; to: string },
    metrics: readonly MetricDefinition[],
  ) {
    return rowsOf<{ metric: string; total: number; n: number; people: number }>(
      await db.execute(sql`
        select f.metric, sum(f.total)::float8 as total, sum(f.n)::int as n,
          count(distinct f.person_id)::int as people
        from impact_facts f
        where ${sql.join(
          [
            sql`f.organization_id = ${organizationId}`,
            sql`f.week between ${span.from}::date and ${span.to}::date`,
            sql`f.initiative_id is null`,
            sql`f.metric in (${list(metrics.map((m) => m.id))})`,
            ...roleRulesOf(metrics),
          ],
          sql` and `,
        )}
        group by f.metric`),
    );
  },

  /**
   * Every number a dashboard needs, in one pass over the filtered facts: per metric and dimension
   * (total, week, month, school, subject, team) the sum, the fact count, distinct people and
   * distinct person-weeks, plus distinct teachers per level (completeness). Distinct counts come
   * from hash aggregates at person-week and then person grain, never a sort per group; JIT is off
   * because compiling costs more than it saves here.
   */
  async aggregateAll(db: Executor, q: FactFilter): Promise<GroupedRow[]> {
    const org = q.organizationId;
    const query = sql`
      with f as materialized (
        select f.metric, f.person_id, f.week, f.school_id, f.team_id, f.subject, f.total, f.n
        from impact_facts f
        where ${whereOf(q)}
      ),
      g as (
        select f.metric, x.dim, x.key, f.person_id, f.week, f.total, f.n
        from f cross join lateral (values
          ('none', null::text),
          ('week', f.week::text),
          ('month', to_char(date_trunc('month', f.week), 'YYYY-MM-DD')),
          ('school', f.school_id::text),
          ('subject', f.subject)
        ) x(dim, key)
        union all
        select f.metric, 'team', f.team_id::text, f.person_id, f.week, f.total, f.n
        from f where f.team_id is not null
        union all
        -- A fact about no team counts for each team its person is on (a hash join, not a lookup per fact).
        select f.metric, 'team', t.team_id::text, f.person_id, f.week, f.total, f.n
        from f join (
          select distinct p.person_id, p.team_id from impact_people p
          where p.organization_id = ${org} and p.team_id is not null
        ) t on t.person_id = f.person_id
        where f.team_id is null
        union all
        select split_part(f.metric, '.', 1), 'level', null, f.person_id, f.week, 0, 0
        from f
        where f.person_id in (select p.person_id from impact_people p where p.organization_id = ${org} and p.role = 'teacher')
      ),
      person_weeks as (
        select metric, dim, key, person_id, sum(total) as total, sum(n) as n
        from g group by metric, dim, key, person_id, week
      ),
      people as (
        select metric, dim, key, sum(total) as total, sum(n) as n, count(*) as weeks
        from person_weeks group by metric, dim, key, person_id
      )
      select dim, metric, key, sum(total)::float8 as total, sum(n)::int as n, count(*)::int as people,
        sum(weeks)::int as person_weeks
      from people
      group by dim, metric, key`;
    // The planner underestimates the groups by ~7× and would sort a million rows on disk; hashing
    // them in memory is several times faster (measured in bench:impact).
    return db.transaction(async (tx) => {
      await tx.execute(sql`set local jit = off`);
      await tx.execute(sql`set local work_mem = '256MB'`);
      await tx.execute(sql`set local enable_sort = off`);
      return rowsOf<GroupedRow>(await tx.execute(query));
    });
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
