import { createHash } from 'node:crypto';
import type { PeerComparison, PeerProfileBody } from '#core/contracts/peer-districts';
import { utcDay } from '#core/domain/calendar';
import {
  compareIndicators,
  contextProblems,
  MIN_PEERS,
  type PeerIndicator,
  pickPeers,
  schoolYearOf,
  schoolYearSpan,
} from '#core/peers/index';
import type { Db } from '../../db/client';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/authz';
import { badRequest, conflict } from '../../platform/http/problem';
import { jobsRepo } from '../../platform/jobs';
import { auditRepo } from '../audit';
import { PEER_DISTRICTS_JOBS } from './peer-districts.jobs';
import { peerDistrictsPolicy } from './peer-districts.policy';
import { presentComparison, presentProfile } from './peer-districts.presenter';
import { contextOf, peerDistrictsRepo } from './peer-districts.repo';

/**
 * The platform indicators of one district over a span, each with how many people it rests on
 * (the self-assessment module's `cplIndicatorsFrom`, injected from api.ts).
 */
export type IndicatorReader = (
  organizationId: string,
  span: { from: string; to: string },
) => Promise<{ key: string; domain: string; value: number | null; people: number }[]>;

/**
 * A tie key for a pair of districts: a one-way hash of both ids, so equal distances order the same
 * way on every call while the order reveals nothing about the ids (which never leave the server).
 */
const tieKey = (own: string, other: string) => createHash('sha256').update(`${own}:${other}`).digest('hex');

/** How often a district may change its context (its peers are chosen by it): once a day. */
export const CONTEXT_CHANGE_EVERY_MS = 86_400_000;

type Log = { error: (o: object, m: string) => void };

const contextChanged = (
  a: PeerProfileBody,
  b: { studentCount: number; povertyRate: number; englishLearnerShare: number; urbanicity: string },
) =>
  a.studentCount !== b.studentCount ||
  a.povertyRate !== b.povertyRate ||
  a.englishLearnerShare !== b.englishLearnerShare ||
  a.urbanicity !== b.urbanicity;

export function createPeerDistrictsService({
  db,
  indicators,
  now = () => new Date(),
  log,
}: {
  db: Db;
  indicators: IndicatorReader;
  now?: () => Date;
  /** Where a district the daily refresh could not read is reported (the app's logger). */
  log?: Log;
}) {
  /** Reads the district's indicators for a school year and stores them as its snapshot. */
  async function refreshOrganization(organizationId: string, at: Date, schoolYear = schoolYearOf(utcDay(at))) {
    // Counted up to the refresh day while the year runs: weeks still ahead hold no work yet.
    const span = schoolYearSpan(schoolYear);
    const day = utcDay(at);
    const read = await indicators(organizationId, {
      from: span.from,
      to: day >= span.from && day < span.to ? day : span.to,
    });
    const clean: PeerIndicator[] = read.map((i) => ({
      key: i.key,
      domain: i.domain,
      value: i.value !== null && Number.isFinite(i.value) ? i.value : null,
      people: Math.max(0, Math.floor(i.people)),
    }));
    // Re-checked inside the transaction with the profile row locked: an opt-out either commits
    // first (and nothing is written) or waits until this snapshot is in (and then deletes it).
    await db.transaction(async (tx) => {
      const profile = await peerDistrictsRepo.lockProfile(tx, organizationId);
      if (!profile?.optedIn || profile.synthetic) return;
      await peerDistrictsRepo.replaceSnapshot(tx, organizationId, schoolYear, clean, at);
    });
  }

  return {
    refreshOrganization,

    /**
     * The daily job: every opted-in district's snapshot for the current school year. A district
     * that fails is logged and skipped, the others still refresh; the job then fails as a whole so
     * the runner retries it (refreshing is idempotent).
     */
    async refreshAll(at: Date) {
      const failed: string[] = [];
      for (const organizationId of await peerDistrictsRepo.optedInDistricts(db)) {
        try {
          await refreshOrganization(organizationId, at);
        } catch (error) {
          failed.push(organizationId);
          log?.error({ err: error, organizationId }, 'peer-districts refresh failed for a district');
        }
      }
      if (failed.length > 0) throw new Error(`peer-districts refresh failed for ${failed.length} district(s)`);
    },

    async getProfile(actor: Actor) {
      authorize(peerDistrictsPolicy.mayManageProfile(actor));
      return presentProfile(await peerDistrictsRepo.findProfile(db, actor.organizationId));
    },

    async saveProfile(actor: Actor, body: PeerProfileBody) {
      authorize(peerDistrictsPolicy.mayManageProfile(actor));
      const problems = contextProblems(body);
      if (problems.length > 0) throw badRequest('Some fields need attention.', problems);
      const at = now();
      await db.transaction(async (tx) => {
        // The row is locked before it is read: what the audit and the limit decide on is the value
        // this write replaces, even when two admins save at once.
        const before = await peerDistrictsRepo.saveProfile(tx, actor.organizationId, actor.userId, body, at, {
          mayChangeContext: (previous) =>
            previous.contextChangedAt === null ||
            at.getTime() - previous.contextChangedAt.getTime() >= CONTEXT_CHANGE_EVERY_MS,
        });
        if (before === 'too-soon') throw conflict('The context was changed less than a day ago. Try again tomorrow.');
        if (!body.optedIn) await peerDistrictsRepo.deleteSnapshots(tx, actor.organizationId);
        const audit = (action: string) =>
          auditRepo.record(tx, {
            organizationId: actor.organizationId,
            actorId: actor.userId,
            action,
            targetType: 'organization',
            targetId: actor.organizationId,
            ip: actor.context.ip,
          });
        if ((before?.optedIn ?? false) !== body.optedIn)
          await audit(body.optedIn ? 'peer-districts.opted-in' : 'peer-districts.opted-out');
        if (before && contextChanged(body, before)) await audit('peer-districts.context-changed');
      });
      // On demand after opting in (and after a context edit): the comparison is ready at once. If the
      // indicators cannot be read now, the choice is saved all the same and the worker retries it.
      if (body.optedIn)
        await refreshOrganization(actor.organizationId, at).catch(() =>
          jobsRepo.enqueue(db, {
            kind: PEER_DISTRICTS_JOBS.refresh,
            dedupeKey: `${PEER_DISTRICTS_JOBS.refresh}:${actor.organizationId}:${at.toISOString()}`,
            runAt: at,
            payload: { organizationId: actor.organizationId },
          }),
        );
      return presentProfile(await peerDistrictsRepo.findProfile(db, actor.organizationId));
    },

    async comparison(actor: Actor, schoolYear?: string): Promise<PeerComparison> {
      authorize(peerDistrictsPolicy.mayReadComparison(actor));
      const year = schoolYear ?? schoolYearOf(utcDay(now()));
      const profile = await peerDistrictsRepo.findProfile(db, actor.organizationId);
      if (!profile) return presentComparison(year, 'no-profile', null, []);
      // Give to get: a district that shares nothing sees nothing of the others.
      if (!profile.optedIn) return presentComparison(year, 'not-opted-in', null, []);
      const own = await peerDistrictsRepo.ownSnapshot(db, actor.organizationId, year);
      const refreshedAt = own.reduce<Date | null>(
        (at, row) => (at && at > row.refreshedAt ? at : row.refreshedAt),
        null,
      );
      const candidates = await peerDistrictsRepo.readOptedInPeersAcrossTenants(db, actor.organizationId, year);
      const peers = pickPeers(
        contextOf(profile),
        candidates
          .filter((candidate) => candidate.indicators.length > 0)
          .map((candidate) => ({
            context: candidate.context,
            tieKey: tieKey(actor.organizationId, candidate.organizationId),
            item: candidate.indicators,
          })),
      );
      const status = peers.length >= MIN_PEERS ? 'ready' : 'too-few-peers';
      return presentComparison(year, status, refreshedAt, compareIndicators(own, status === 'ready' ? peers : []));
    },
  };
}
export type PeerDistrictsService = ReturnType<typeof createPeerDistrictsService>;
