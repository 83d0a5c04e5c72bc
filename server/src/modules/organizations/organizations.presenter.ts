import type { users } from '../identity/identity.table';
import type { organizations, schools, teams } from './organizations.table';

type RoleRow = {
  id: string;
  role: import('#core/domain/roles').Role;
  schoolId: string | null;
  schoolName: string | null;
};

export const presentOrganization = (row: typeof organizations.$inferSelect) => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  defaultLocale: row.defaultLocale,
  evaluativeObservations: row.evaluativeObservations,
  country: row.country ?? null,
});

export const presentSchool = (row: typeof schools.$inferSelect) => ({
  id: row.id,
  name: row.name,
  createdAt: row.createdAt.toISOString(),
});

/** Never includes the password hash or anything else a directory does not need. */
export const presentUser = (row: { user: typeof users.$inferSelect; roles: RoleRow[] }) => ({
  id: row.user.id,
  name: row.user.name,
  email: row.user.email,
  locale: row.user.locale,
  status: row.user.status,
  roles: row.roles,
  createdAt: row.user.createdAt.toISOString(),
});

export const presentTeam = (row: {
  team: typeof teams.$inferSelect;
  members: { userId: string; name: string; role: 'member' | 'lead' }[];
}) => ({
  id: row.team.id,
  name: row.team.name,
  schoolId: row.team.schoolId,
  members: row.members,
  createdAt: row.team.createdAt.toISOString(),
  type: row.team.type,
  cadence: row.team.cadence ?? null,
});
