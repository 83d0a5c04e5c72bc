import { and, eq } from 'drizzle-orm';
import type { Role } from '#core/domain/roles';
import type { Db } from '../../db/client';
import { organizationsRepo } from './organizations.repo';
import { memberships, teamMembers } from './organizations.table';

export type ImpactPerson = { personId: string; role: Role; schoolId: string | null; teamId: string | null };
export type ImpactPeople = (organizationId: string) => Promise<ImpactPerson[]>;
export type DistrictsWithPeople = () => Promise<string[]>;
export type GroupNames = (organizationId: string) => Promise<{
  district: string;
  schools: { id: string; name: string }[];
  teams: { id: string; name: string; schoolId: string | null }[];
  /** Changes whenever any of these names does (see organizationsRepo.groupNamesStamp). */
  stamp: string;
}>;

/**
 * For impact's rollups (injected): every membership with each team the person is on (a row with
 * a null team when on none), so initiatives can count in-scope people and filter by team.
 */
export const impactPeopleFrom =
  (db: Db): ImpactPeople =>
  async (organizationId) => {
    const rows = await db
      .select({
        personId: memberships.userId,
        role: memberships.role,
        schoolId: memberships.schoolId,
        teamId: teamMembers.teamId,
      })
      .from(memberships)
      .leftJoin(
        teamMembers,
        and(eq(teamMembers.organizationId, organizationId), eq(teamMembers.userId, memberships.userId)),
      )
      .where(eq(memberships.organizationId, organizationId));
    return rows;
  };

type Names = Awaited<ReturnType<GroupNames>>;
/** Districts whose names are kept: beyond this the oldest is dropped (a hosted server may hold many). */
const NAMES_KEPT = 500;

/**
 * The district's, schools' and teams' names for a dashboard's drill-down rows and its report
 * (injected). Kept per district and re-read only when their one-row stamp changes: a large district
 * has hundreds of teams, and every dashboard request needs their names.
 */
export const groupNamesFrom = (db: Db): GroupNames => {
  const kept = new Map<string, Names>();
  return async (organizationId) => {
    const stamp = await organizationsRepo.groupNamesStamp(db, organizationId);
    const had = kept.get(organizationId);
    if (had?.stamp === stamp) return had;
    const names = { ...(await organizationsRepo.groupNames(db, organizationId)), stamp };
    kept.delete(organizationId);
    kept.set(organizationId, names);
    if (kept.size > NAMES_KEPT) kept.delete(kept.keys().next().value as string);
    return names;
  };
};

export type TeamsOf = (organizationId: string, userId: string) => Promise<string[]>;

/** The teams a person is on (injected into impact: is this initiative about me?). */
export const teamsOfFrom =
  (db: Db): TeamsOf =>
  async (organizationId, userId) =>
    (
      await db
        .select({ teamId: teamMembers.teamId })
        .from(teamMembers)
        .where(and(eq(teamMembers.organizationId, organizationId), eq(teamMembers.userId, userId)))
    ).map((row) => row.teamId);

/**
 * For impact's periodic refresh (injected): every district someone belongs to. Rollups feed more
 * than initiatives (the self-assessment's indicators, districts like yours), so every district
 * with people is kept fresh; one with nothing new costs a few "changed since" queries.
 */
export const districtsWithPeopleFrom =
  (db: Db): DistrictsWithPeople =>
  async () =>
    (await db.selectDistinct({ id: memberships.organizationId }).from(memberships)).map((row) => row.id);
