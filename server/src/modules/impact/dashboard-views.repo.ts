import { and, eq, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { impactDashboardViews, impactRollupVersions } from './impact.table';
import type { GroupedRow } from './rollup.repo';

/** What a view caches: the aggregate rows and the teachers in scope, before suppression. */
export type Aggregates = { rows: GroupedRow[]; inScopeTeachers: number };

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** The cache of dashboard views and the rollup version it is valid for. */
export const dashboardViewsRepo = {
  /** The tenant's rollup version and, when built for it, the view's aggregates — one round trip. */
  async lookup(db: Executor, organizationId: string, viewKey: string) {
    const [row] = rowsOf<{ version: number; aggregates: Aggregates | null }>(
      await db.execute(sql`
        select v.version, c.aggregates
        from (select coalesce(max(version), 0)::int as version from impact_rollup_versions
              where organization_id = ${organizationId}) v
        left join impact_dashboard_views c
          on c.organization_id = ${organizationId} and c.view_key = ${viewKey} and c.version = v.version`),
    );
    return { version: row?.version ?? 0, aggregates: row?.aggregates ?? null };
  },

  /** The tenant's rollup version and when it was last refreshed (what a rendered dashboard depends on). */
  async state(db: Executor, organizationId: string) {
    const [row] = rowsOf<{ version: number; refreshed_at: string | null }>(
      await db.execute(sql`
        select
          (select coalesce(max(version), 0)::int from impact_rollup_versions where organization_id = ${organizationId}) as version,
          (select max(refreshed_at) from impact_watermarks where organization_id = ${organizationId}) as refreshed_at`),
    );
    return { version: row?.version ?? 0, refreshedAt: row?.refreshed_at ? new Date(row.refreshed_at) : null };
  },

  /** Stores a view unless a newer version of it is already there (a slow request must not undo a refresh). */
  async store(db: Executor, organizationId: string, viewKey: string, version: number, aggregates: Aggregates) {
    await db
      .insert(impactDashboardViews)
      .values({ organizationId, viewKey, version, aggregates })
      .onConflictDoUpdate({
        target: [impactDashboardViews.organizationId, impactDashboardViews.viewKey],
        set: { version, aggregates, builtAt: sql`now()` },
        setWhere: sql`${impactDashboardViews.version} <= ${version}`,
      });
  },

  /** The rollup changed: every view built before now is stale. */
  async bumpVersion(db: Executor, organizationId: string, now: Date) {
    await db
      .insert(impactRollupVersions)
      .values({ organizationId, version: 1, changedAt: now })
      .onConflictDoUpdate({
        target: impactRollupVersions.organizationId,
        set: { version: sql`${impactRollupVersions.version} + 1`, changedAt: now },
      });
  },

  /** Views of older versions are never served again. */
  async dropStale(db: Executor, organizationId: string, version: number) {
    await db
      .delete(impactDashboardViews)
      .where(and(eq(impactDashboardViews.organizationId, organizationId), lt(impactDashboardViews.version, version)));
  },
};
