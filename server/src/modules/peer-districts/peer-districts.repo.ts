import { and, eq, inArray, ne } from 'drizzle-orm';
import type { DistrictContext } from '#core/peers/context';
import type { PeerIndicator } from '#core/peers/index';
import type { Executor } from '../../db/client';
import { users } from '../../db/schema';
import { peerDistrictProfiles, peerDistrictSnapshots } from './peer-districts.table';

export type ProfileRow = typeof peerDistrictProfiles.$inferSelect;
export type ProfileWithNames = ProfileRow & { optedInByName: string | null };
type ProfileValues = DistrictContext & { optedIn: boolean };

const contextOf = (row: DistrictContext): DistrictContext => ({
  studentCount: row.studentCount,
  povertyRate: row.povertyRate,
  englishLearnerShare: row.englishLearnerShare,
  urbanicity: row.urbanicity,
});

/** Profiles and snapshots: every query is the tenant's own, except the one named for crossing tenants. */
export const peerDistrictsRepo = {
  async findProfile(db: Executor, organizationId: string): Promise<ProfileWithNames | null> {
    const [row] = await db
      .select({ profile: peerDistrictProfiles, optedInByName: users.name })
      .from(peerDistrictProfiles)
      .leftJoin(users, eq(users.id, peerDistrictProfiles.optedInBy))
      .where(eq(peerDistrictProfiles.organizationId, organizationId));
    return row ? { ...row.profile, optedInByName: row.optedInByName } : null;
  },

  /** The profile row locked FOR UPDATE until the transaction ends (null when there is none). */
  async lockProfile(db: Executor, organizationId: string): Promise<ProfileRow | null> {
    const [row] = await db
      .select()
      .from(peerDistrictProfiles)
      .where(eq(peerDistrictProfiles.organizationId, organizationId))
      .for('update');
    return row ?? null;
  },

  /**
   * Writes the profile; opting in records who and when, staying in keeps the first opt-in, opting
   * out clears it. The row is locked first and its previous value returned (null on the first
   * save); a context change `mayChangeContext` refuses writes nothing and returns 'too-soon'.
   */
  async saveProfile(
    db: Executor,
    organizationId: string,
    userId: string,
    values: ProfileValues,
    now: Date,
    { mayChangeContext = () => true }: { mayChangeContext?: (previous: ProfileRow) => boolean } = {},
  ): Promise<ProfileRow | null | 'too-soon'> {
    const current = await peerDistrictsRepo.lockProfile(db, organizationId);
    const changesContext =
      current !== null &&
      (current.studentCount !== values.studentCount ||
        current.povertyRate !== values.povertyRate ||
        current.englishLearnerShare !== values.englishLearnerShare ||
        current.urbanicity !== values.urbanicity);
    if (changesContext && !mayChangeContext(current)) return 'too-soon';
    const stayingIn = current?.optedIn === true && values.optedIn;
    const optIn = values.optedIn
      ? { optedInBy: stayingIn ? current!.optedInBy : userId, optedInAt: stayingIn ? current!.optedInAt : now }
      : { optedInBy: null, optedInAt: null };
    const row = {
      ...values,
      ...optIn,
      contextChangedAt: changesContext ? now : (current?.contextChangedAt ?? null),
      updatedBy: userId,
      updatedAt: now,
    };
    await db
      .insert(peerDistrictProfiles)
      .values({ organizationId, ...row })
      .onConflictDoUpdate({ target: peerDistrictProfiles.organizationId, set: row });
    return current;
  },

  /** Opting out: the district's indicators leave every comparison at once. */
  async deleteSnapshots(db: Executor, organizationId: string) {
    await db.delete(peerDistrictSnapshots).where(eq(peerDistrictSnapshots.organizationId, organizationId));
  },

  /** Replaces the district's snapshot for a school year. */
  async replaceSnapshot(
    db: Executor,
    organizationId: string,
    schoolYear: string,
    indicators: PeerIndicator[],
    now: Date,
  ) {
    await db
      .delete(peerDistrictSnapshots)
      .where(
        and(eq(peerDistrictSnapshots.organizationId, organizationId), eq(peerDistrictSnapshots.schoolYear, schoolYear)),
      );
    if (indicators.length === 0) return;
    await db.insert(peerDistrictSnapshots).values(
      indicators.map((i) => ({
        organizationId,
        schoolYear,
        key: i.key,
        domain: i.domain,
        value: i.value,
        people: i.people,
        refreshedAt: now,
      })),
    );
  },

  async ownSnapshot(db: Executor, organizationId: string, schoolYear: string) {
    return db
      .select()
      .from(peerDistrictSnapshots)
      .where(
        and(eq(peerDistrictSnapshots.organizationId, organizationId), eq(peerDistrictSnapshots.schoolYear, schoolYear)),
      )
      .orderBy(peerDistrictSnapshots.domain, peerDistrictSnapshots.key);
  },

  /** The districts the refresh job covers: every opted-in real one. Ids only, for the job, never a client. */
  async optedInDistricts(db: Executor): Promise<string[]> {
    const rows = await db
      .select({ organizationId: peerDistrictProfiles.organizationId })
      .from(peerDistrictProfiles)
      .where(and(eq(peerDistrictProfiles.optedIn, true), eq(peerDistrictProfiles.synthetic, false)));
    return rows.map((row) => row.organizationId);
  },

  /**
   * THE cross-tenant read (adr/0008): every other opted-in district's context and its snapshot for
   * one school year. Its result feeds `pickPeers` and `compareIndicators` inside the service and
   * nothing else; no name is selected, and ids serve only to group rows and derive tie keys.
   */
  async readOptedInPeersAcrossTenants(db: Executor, excludeOrganizationId: string, schoolYear: string) {
    // Only what the comparison needs: never who opted in or edited.
    const profiles = await db
      .select({
        organizationId: peerDistrictProfiles.organizationId,
        studentCount: peerDistrictProfiles.studentCount,
        povertyRate: peerDistrictProfiles.povertyRate,
        englishLearnerShare: peerDistrictProfiles.englishLearnerShare,
        urbanicity: peerDistrictProfiles.urbanicity,
      })
      .from(peerDistrictProfiles)
      .where(
        and(eq(peerDistrictProfiles.optedIn, true), ne(peerDistrictProfiles.organizationId, excludeOrganizationId)),
      );
    if (profiles.length === 0) return [];
    const rows = await db
      .select({
        organizationId: peerDistrictSnapshots.organizationId,
        key: peerDistrictSnapshots.key,
        domain: peerDistrictSnapshots.domain,
        value: peerDistrictSnapshots.value,
        people: peerDistrictSnapshots.people,
      })
      .from(peerDistrictSnapshots)
      .where(
        and(
          eq(peerDistrictSnapshots.schoolYear, schoolYear),
          inArray(
            peerDistrictSnapshots.organizationId,
            profiles.map((p) => p.organizationId),
          ),
        ),
      );
    return profiles.map((profile) => ({
      organizationId: profile.organizationId,
      context: contextOf(profile),
      indicators: rows
        .filter((row) => row.organizationId === profile.organizationId)
        .map(({ key, domain, value, people }) => ({ key, domain, value, people })),
    }));
  },
};

export { contextOf };
