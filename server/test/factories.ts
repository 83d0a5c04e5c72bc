import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Role } from '#core/domain/roles';
import type { Db } from '../src/db/client';
import { classes } from '../src/modules/classes/classes.table';
import { users } from '../src/modules/identity/identity.table';
import { hashPassword } from '../src/modules/identity/passwords';
import {
  memberships,
  organizations,
  schools,
  teamMembers,
  teams,
} from '../src/modules/organizations/organizations.table';
import { lessonPlans } from '../src/modules/planning/planning.table';

export const TEST_PASSWORD = 'correct horse battery';
let passwordHash: Promise<string> | null = null;
const unique = () => randomBytes(4).toString('hex');

export async function buildOrganization(db: Db, overrides: Partial<typeof organizations.$inferInsert> = {}) {
  const [org] = await db
    .insert(organizations)
    .values({ name: `District ${unique()}`, ...overrides })
    .returning();
  return org!;
}

export async function buildSchool(db: Db, organizationId: string, name = `School ${unique()}`) {
  const [school] = await db.insert(schools).values({ organizationId, name }).returning();
  return school!;
}

type UserOverrides = Partial<typeof users.$inferInsert> & { roles?: { role: Role; schoolId?: string | null }[] };

/** A person with roles, able to sign in with TEST_PASSWORD unless overridden. */
export async function buildUser(db: Db, organizationId: string, overrides: UserOverrides = {}) {
  const { roles = [], ...values } = overrides;
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const [user] = await db
    .insert(users)
    .values({
      organizationId,
      email: `person-${unique()}@example.test`,
      name: `Person ${unique()}`,
      passwordHash: await passwordHash,
      status: 'active',
      ...values,
    })
    .returning();
  if (roles.length > 0) {
    await db
      .insert(memberships)
      .values(roles.map((r) => ({ organizationId, userId: user!.id, role: r.role, schoolId: r.schoolId ?? null })));
  }
  return user!;
}

export async function buildTeam(
  db: Db,
  organizationId: string,
  values: { schoolId?: string | null; memberIds?: string[] } = {},
) {
  const [team] = await db
    .insert(teams)
    .values({ organizationId, name: `Team ${unique()}`, schoolId: values.schoolId ?? null })
    .returning();
  for (const userId of values.memberIds ?? [])
    await db.insert(teamMembers).values({ organizationId, teamId: team!.id, userId });
  return team!;
}

export async function buildClass(db: Db, organizationId: string, ownerId: string, schoolId: string | null) {
  const [row] = await db
    .insert(classes)
    .values({
      organizationId,
      ownerId,
      schoolId,
      name: `Class ${unique()}`,
      subject: 'Mathematics',
      gradeLevel: '7',
      periodMinutes: 50,
    })
    .returning();
  return row!;
}

/** A lesson plan owned by a teacher, stored directly (routes are tested through the API). */
export async function buildPlan(
  db: Db,
  organizationId: string,
  ownerId: string,
  values: Partial<typeof lessonPlans.$inferInsert> = {},
) {
  const [row] = await db
    .insert(lessonPlans)
    .values({
      organizationId,
      ownerId,
      title: `Plan ${unique()}`,
      locale: 'en',
      content: { objectives: ['Students will understand fractions'], segments: [{ title: 'Opening', minutes: 10 }] },
      ...values,
    })
    .returning();
  return row!;
}

/** Signs in through the real login route and returns the Cookie header to send. */
export async function signIn(app: FastifyInstance, email: string, password = TEST_PASSWORD, ip = '10.0.0.1') {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password },
    remoteAddress: ip,
  });
  if (response.statusCode !== 200)
    throw new Error(`sign-in failed for ${email}: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'conecta_session');
  return `conecta_session=${cookie!.value}`;
}

/**
 * A small tenant with one person per role at one school, used by the authorization matrix and
 * route tests. Everything is built through the database, never the demo seed.
 */
export async function buildTenant(db: Db) {
  const org = await buildOrganization(db);
  const school = await buildSchool(db, org.id);
  const otherSchool = await buildSchool(db, org.id);
  const admin = await buildUser(db, org.id, { roles: [{ role: 'district_admin' }] });
  const leader = await buildUser(db, org.id, { roles: [{ role: 'school_leader', schoolId: school.id }] });
  const coach = await buildUser(db, org.id, { roles: [{ role: 'coach', schoolId: school.id }] });
  const teacher = await buildUser(db, org.id, { roles: [{ role: 'teacher', schoolId: school.id }] });
  const facilitator = await buildUser(db, org.id, { roles: [{ role: 'facilitator' }] });
  const otherTeacher = await buildUser(db, org.id, { roles: [{ role: 'teacher', schoolId: otherSchool.id }] });
  const team = await buildTeam(db, org.id, { schoolId: school.id, memberIds: [teacher.id] });
  const teacherClass = await buildClass(db, org.id, teacher.id, school.id);
  // Shared with coaches: the coach of the teacher's school may read it; leaders and admins may not.
  const teacherPlan = await buildPlan(db, org.id, teacher.id, { classId: teacherClass.id, visibility: 'coach' });
  return {
    org,
    school,
    otherSchool,
    admin,
    leader,
    coach,
    teacher,
    facilitator,
    otherTeacher,
    team,
    teacherClass,
    teacherPlan,
  };
}
export type Tenant = Awaited<ReturnType<typeof buildTenant>>;
