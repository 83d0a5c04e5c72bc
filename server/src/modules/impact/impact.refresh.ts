import { utcDay } from '#core/domain/calendar';
import {
  type ImpactSource,
  pulseItemById,
  type SourceBatch,
  type SourceFact,
  type SourceReader,
  touchedWeeks,
  weekOf,
  withinTouched,
} from '#core/impact/index';
import type { Db } from '../../db/client';
import type { DistrictsWithPeople, ImpactPeople } from '../organizations';
import { dashboardViewsRepo } from './dashboard-views.repo';
import { impactRepo } from './impact.repo';
import type { DashboardViews } from './impact.views';
import { rollupRepo } from './rollup.repo';

/**
 * The readers impact refreshes from, one per source. Each belongs to its own module and is
 * injected in api.ts; the slots (tried-it, credentials, assessments) may be absent until wired —
 * their metrics then say "no data yet".
 */
export type ImpactReaders = Partial<Record<Exclude<ImpactSource, 'pulses'>, SourceReader>>;

/**
 * A record written in a transaction that began before the previous read but committed after it
 * has an older timestamp than the watermark: each read reaches back this far. Replacing whole
 * buckets makes the overlap harmless.
 */
export const WATERMARK_OVERLAP_MS = 5 * 60_000;

export type RefreshResult = { source: string; touched: number; buckets: number }[];

export function createRefresh(
  db: Db,
  readers: ImpactReaders,
  people: ImpactPeople,
  views: DashboardViews,
  districts: DistrictsWithPeople,
) {
  /** Impact's own source: pulse answers become facts about their initiative. */
  const pulses = async (organizationId: string, since: Date | null): Promise<SourceBatch> => {
    const { changed, rows } = await rollupRepo.pulseFacts(db, organizationId, since);
    const touched = touchedWeeks(changed);
    const facts = rows.flatMap((row) =>
      row.answers.flatMap((answer) => {
        const item = pulseItemById(answer.itemId);
        if (!item) return [];
        return [
          {
            metric: item.metric as string,
            personId: row.personId,
            week: weekOf(row.at),
            value: answer.value,
            initiativeId: row.initiativeId,
          },
        ];
      }),
    );
    return { touched, facts: withinTouched(facts, touched) };
  };

  /**
   * One tenant: people copied, then each source read from its watermark and its touched buckets
   * replaced; when anything changed, cached dashboard views go stale, and the common ones are
   * built again.
   */
  async function refreshOrganization(organizationId: string, now: Date): Promise<RefreshResult> {
    const everyone = await people(organizationId);
    // A fact without a school (a card reaction) is counted in the person's first school.
    const schoolOf = new Map<string, string>();
    for (const p of everyone) if (p.schoolId && !schoolOf.has(p.personId)) schoolOf.set(p.personId, p.schoolId);
    const peopleChanged = await db.transaction((tx) => rollupRepo.replacePeople(tx, organizationId, everyone));

    const sources: [string, SourceReader][] = [
      ...(Object.entries(readers) as [string, SourceReader | undefined][]).filter(
        (entry): entry is [string, SourceReader] => entry[1] !== undefined,
      ),
      ['pulses', pulses],
    ];
    const result: RefreshResult = [];
    for (const [source, read] of sources) {
      const mark = await rollupRepo.watermark(db, organizationId, source);
      const since = mark ? new Date(mark.readUntil.getTime() - WATERMARK_OVERLAP_MS) : null;
      // The job's clock, read before the source: anything written after it is read next time.
      const readUntil = now;
      const batch = await read(organizationId, since);
      const facts = batch.facts.map((f: SourceFact) => ({
        ...f,
        schoolId: f.schoolId ?? schoolOf.get(f.personId) ?? null,
      }));
      const buckets = await db.transaction(async (tx) => {
        await rollupRepo.lockSource(tx, organizationId, source);
        const written = await rollupRepo.replaceBuckets(tx, organizationId, source, {
          touched: batch.touched,
          facts,
          whole: since === null,
        });
        await rollupRepo.setWatermark(tx, organizationId, source, readUntil, now);
        return written;
      });
      result.push({ source, touched: batch.touched.length, buckets });
    }
    if (peopleChanged || result.some((r) => r.touched > 0 || r.buckets > 0))
      await dashboardViewsRepo.bumpVersion(db, organizationId, now);
    await views.prebuild(organizationId, await impactRepo.activeOf(db, organizationId), utcDay(now));
    return result;
  }

  /** Every district with people (the periodic job): initiatives, the self-assessment and comparisons read the rollup. */
  async function refreshAll(now: Date) {
    for (const organizationId of await districts()) await refreshOrganization(organizationId, now);
  }

  /**
   * One district read whole again (the weekly job, per district): an incremental read sees records
   * that changed, not records deleted or moved to another week, so their facts would stay until then.
   */
  async function reconcileOrganization(organizationId: string, now: Date) {
    await rollupRepo.resetAllWatermarks(db, organizationId);
    return refreshOrganization(organizationId, now);
  }

  return { refreshOrganization, refreshAll, reconcileOrganization, districts };
}
export type Refresh = ReturnType<typeof createRefresh>;
