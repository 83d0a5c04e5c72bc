import { and, eq } from 'drizzle-orm';
import type { Role } from '#core/domain/roles';
import type { Db } from '../../db/client';
import { memberships, organizations, schools, teamMembers, teams } from './organizations.table';

export type ImpactPerson = { personId: string; role: Role; schoolId: string | null; teamId: string | null };
export type ImpactPeople = (organizationId: string) => Promise<ImpactPerson[]>;
export type DistrictsWithPeople = () => Promise<string[]>;
export type GroupNames = (organizationId: string) => Promise<{
  district: string;
  schools: { id: string; name: string }[];
  teams: { id: string; name: string; schoolId: string | null }[];
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

/** The district's, schools' and teams' names for a dashboard's drill-down rows and its report (injected). */
export const groupNamesFrom =
  (db: Db): GroupNames =>
  async (organizationId) => ({
    district:
      (await db.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, organizationId)))[0]
        ?.name ?? '',
    schools: await db
      .select({ id: schools.id, name: schools.name })
      .from(schools)
      .where(eq(schools.organizationId, organizationId)),
    teams: await db
      .select({ id: teams.id, name: teams.name, schoolId: teams.schoolId })
      .from(teams)
      .where(eq(teams.organizationId, organizationId)),
  });

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
