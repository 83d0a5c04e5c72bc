import { createHash } from 'node:crypto';
import type { DashboardQuery } from '#core/contracts/impact';
import { addDays, mondayOf } from '#core/domain/calendar';
import type { Db } from '../../db/client';
import type { EncodedText } from '../../platform/http/compression.plugin';
import type { GroupNames } from '../organizations';
import { type Aggregates, dashboardViewsRepo as repo } from './dashboard-views.repo';
import type { InitiativeRow } from './impact.repo';
import { type FactFilter, rollupRepo } from './rollup.repo';

/** A school year's span: 1 August to 31 July. */
export const yearSpan = (schoolYear: string) => {
  const start = Number(schoolYear.slice(0, 4));
  return { from: `${start}-08-01`, to: `${start + 1}-07-31` };
};

const firstOfMonth = (day: string) => `${day.slice(0, 7)}-01`;
const lastOfMonth = (day: string) => {
  const [year, month] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  return addDays(next, -1);
};

/** Dates a dashboard may ask for: inside the initiative's school year (else the caller answers 422). */
export function outsideYear(row: InitiativeRow, query: Pick<DashboardQuery, 'from' | 'to'>) {
  const span = yearSpan(row.schoolYear);
  return (['from', 'to'] as const).filter((field) => {
    const day = query[field];
    return day !== undefined && (day < span.from || day > span.to);
  });
}

/**
 * The facts a dashboard reads: the initiative's practices and scope, the viewer's schools, the
 * drill-down. A chosen span is widened to whole months, so two spans can differ by no less than a
 * month — and a month is a series point, suppressed on its own when small.
 */
export function filterOf(
  row: InitiativeRow,
  withinSchools: string[] | null,
  query: Pick<DashboardQuery, 'schoolId' | 'teamId' | 'subject' | 'from' | 'to'>,
  today: string,
): FactFilter {
  const span = yearSpan(row.schoolYear);
  return {
    organizationId: row.organizationId,
    initiativeId: row.id,
    practiceIds: row.targetPracticeIds,
    scope: row.scope,
    withinSchools,
    schoolId: query.schoolId,
    teamId: query.teamId,
    subject: query.subject,
    from: query.from ? firstOfMonth(query.from) : span.from,
    to: query.to ? lastOfMonth(query.to) : today < span.to && today >= span.from ? today : span.to,
  };
}

const sorted = (ids: readonly string[]) => [...ids].sort();

/**
 * The same facts, written one way: facts sit on the Monday of their week, so a span runs from the
 * Monday of its first day's week to the Monday of its last day's (a week that starts before the
 * span still counts; today's view stays the same all week); a leader of one school sees that
 * school's view; id lists are sorted. Two filters that select the same facts share one view.
 */
export function canonicalFilter(filter: FactFilter): FactFilter {
  let { withinSchools, schoolId } = filter;
  if (withinSchools && !schoolId && withinSchools.length === 1) [schoolId, withinSchools] = [withinSchools[0], null];
  if (withinSchools && schoolId && withinSchools.includes(schoolId)) withinSchools = null;
  return {
    organizationId: filter.organizationId,
    initiativeId: filter.initiativeId,
    practiceIds: sorted(filter.practiceIds),
    scope: {
      allSchools: filter.scope.allSchools,
      schoolIds: filter.scope.allSchools ? [] : sorted(filter.scope.schoolIds),
      teamIds: filter.scope.allSchools ? [] : sorted(filter.scope.teamIds),
    },
    withinSchools: withinSchools ? sorted(withinSchools) : null,
    schoolId,
    teamId: filter.teamId,
    subject: filter.subject,
    from: mondayOf(filter.from),
    to: mondayOf(filter.to),
  };
}

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url');
export const viewKeyOf = (canonical: FactFilter) => digest(canonical);

/** Rendered dashboards kept in this process, oldest dropped first: each is ~150 KB of JSON. */
const RENDERED_MAX = 200;

/**
 * Dashboard aggregates through a cache keyed by (canonical filter, rollup version). The rollup
 * only changes when a refresh writes to it, so a cached view is exact until then; concurrent
 * misses for one view share one computation.
 */
export function createDashboardViews(db: Db, groupNames: GroupNames) {
  const inflight = new Map<string, Promise<Aggregates>>();

  async function compute(filter: FactFilter): Promise<Aggregates> {
    const rows = await rollupRepo.aggregateAll(db, filter);
    const inScopeTeachers = await rollupRepo.inScopeTeachers(db, filter);
    return { rows, inScopeTeachers };
  }

  async function aggregatesOf(filter: FactFilter): Promise<Aggregates> {
    const canonical = canonicalFilter(filter);
    const key = viewKeyOf(canonical);
    const { version, aggregates } = await repo.lookup(db, filter.organizationId, key);
    if (aggregates) return aggregates;
    const flight = `${filter.organizationId}:${key}:${version}`;
    const pending =
      inflight.get(flight) ??
      compute(canonical)
        .then(async (built) => {
          await repo.store(db, filter.organizationId, key, version, built);
          return built;
        })
        .finally(() => inflight.delete(flight));
    inflight.set(flight, pending);
    return pending;
  }

  /**
   * After a refresh: each active initiative's district view and one view per school in its scope,
   * so admins' and leaders' first look is a cache hit. Views already built for this version cost
   * one lookup each; views of older versions are dropped.
   */
  async function prebuild(organizationId: string, initiatives: InitiativeRow[], today: string) {
    if (initiatives.length === 0) return;
    const names = await groupNames(organizationId);
    for (const row of initiatives) {
      const base = filterOf(row, null, {}, today);
      const teamSchools = names.teams.flatMap((t) =>
        row.scope.teamIds.includes(t.id) && t.schoolId ? [t.schoolId] : [],
      );
      const schools = row.scope.allSchools
        ? names.schools.map((s) => s.id)
        : [...new Set([...row.scope.schoolIds, ...teamSchools])];
      await aggregatesOf(base);
      for (const schoolId of schools) await aggregatesOf({ ...base, schoolId });
    }
    const { version } = await repo.lookup(db, organizationId, '');
    await repo.dropStale(db, organizationId, version);
  }

  /**
   * Dashboards as sent, keyed by everything they are made of: the view, the rollup version and
   * refresh time, grain, language, the initiative as last edited, and the district's group names.
   * A hit skips building, validating and serialising (most of a request's CPU).
   */
  const rendered = new Map<string, EncodedText>();
  const renderKey = (parts: {
    filter: FactFilter;
    state: { version: number; refreshedAt: Date | null };
    grain: string;
    locale: string;
    editedAt: Date;
    /** The group names' stamp. */
    names: string;
  }) =>
    [
      viewKeyOf(canonicalFilter(parts.filter)),
      parts.state.version,
      parts.state.refreshedAt?.getTime() ?? 0,
      parts.grain,
      parts.locale,
      parts.editedAt.getTime(),
      parts.names,
    ].join('|');

  return {
    aggregatesOf,
    prebuild,
    state: (organizationId: string) => repo.state(db, organizationId),
    renderKey,
    rendered: {
      get: (key: string) => rendered.get(key),
      set(key: string, json: EncodedText) {
        rendered.set(key, json);
        if (rendered.size > RENDERED_MAX) rendered.delete(rendered.keys().next().value as string);
      },
    },
  };
}
export type DashboardViews = ReturnType<typeof createDashboardViews>;
