import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Role } from '#core/domain/roles';
import type { Db } from '../../server/src/db/client';
import { classes } from '../../server/src/modules/classes/classes.table';
import { users } from '../../server/src/modules/identity/identity.table';
import { hashPassword } from '../../server/src/modules/identity/passwords';
import {
  memberships,
  organizations,
  schools,
  teamMembers,
  teams,
} from '../../server/src/modules/organizations/organizations.table';
import { lessonPlans } from '../../server/src/modules/planning/planning.table';
import { type BenchPlan, planBody, planRow } from './plan';

/** Every seeded person signs in with this password, so load scripts can log anyone in. */
export const BENCH_PASSWORD = 'conecta-bench';

export type ScaleOptions = { teachers: number; schools: number; classesPerTeacher: number };
export const DEFAULT_SCALE: ScaleOptions = { teachers: 2000, schools: 20, classesPerTeacher: 3 };

/**
 * Lesson plans for the plan scenarios: `perOwner` plans for each of the last `owners` teachers,
 * who are the ones the bench signs in (see sessionTeacher).
 */
export type PlanSeed = { owners: number; perOwner: number };
export const NO_PLANS: PlanSeed = { owners: 0, perOwner: 0 };

export type SeedSummary = ScaleOptions & {
  users: number;
  coaches: number;
  leaders: number;
  admins: number;
  memberships: number;
  classes: number;
  teams: number;
  teamMembers: number;
  /** Lesson plans (the bench's typical ~600-word plan), all owned by signed-in teachers. */
  plans: number;
  /** Wall time of the inserts alone (after migrations), in milliseconds. */
  insertMs: number;
};

/** teacher0001@scale.test …: predictable, so a bench client can compute any teacher's login. */
export const teacherEmail = (index: number) => `teacher${String(index + 1).padStart(4, '0')}@scale.test`;

/** The teacher the bench signs in as its `session`-th session: the last teachers, counting down. */
export const sessionTeacher = (session: number, teachers: number) => teachers - 1 - session;

const COACHES_PER_SCHOOL = 2;
const TEAM_SIZE = 10;
// Rows per INSERT: 1000 rows × ≤ 9 columns stays far below PostgreSQL's 65535 bind parameters.
const CHUNK = 1000;

const SUBJECTS = [
  ['Mathematics', 'Math'],
  ['Science', 'Science'],
  ['English Language Arts', 'English'],
  ['History', 'History'],
  ['Art', 'Art'],
] as const;
const GRADES = ['3', '4', '5', '6', '7', '8', '9', '10'] as const;

type UserRow = typeof users.$inferInsert & { id: string };
type MembershipRow = typeof memberships.$inferInsert;

/**
 * Inserts one organization of the given size in a single transaction, with ids generated here so
 * no insert has to wait for another's RETURNING. Refuses a database that already has an
 * organization: the caller decides whether to start fresh.
 */
export async function seedScale(
  db: Db,
  options: ScaleOptions,
  planSeed: PlanSeed = NO_PLANS,
): Promise<SeedSummary & { benchPlans: BenchPlan[] }> {
  const [existing] = await db.select({ id: organizations.id }).from(organizations).limit(1);
  if (existing) throw new Error('The database already holds an organization; run with --fresh to start over.');

  // One scrypt hash (~0.1–0.2 s) shared by every account: hashing 2000 times would take minutes.
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const started = performance.now();

  const organizationId = randomUUID();
  const schoolIds = Array.from({ length: options.schools }, () => randomUUID());
  const userRows: UserRow[] = [];
  const membershipRows: MembershipRow[] = [];
  const person = (email: string, name: string, index: number, roles: { role: Role; schoolId: string | null }[]) => {
    const id = randomUUID();
    const locale = index % 2 === 0 ? ('en' as const) : ('es' as const);
    userRows.push({ id, organizationId, email, name, locale, passwordHash, status: 'active' });
    for (const r of roles) membershipRows.push({ organizationId, userId: id, role: r.role, schoolId: r.schoolId });
    return id;
  };

  person('admin@scale.test', 'Scale Admin', 0, [{ role: 'district_admin', schoolId: null }]);
  const leaders = schoolIds.map((schoolId, s) =>
    person(`leader${pad(s + 1)}@scale.test`, `Leader ${s + 1}`, s, [{ role: 'school_leader', schoolId }]),
  );
  const coachesBySchool = schoolIds.map((schoolId, s) =>
    Array.from({ length: COACHES_PER_SCHOOL }, (_, c) => {
      const n = s * COACHES_PER_SCHOOL + c + 1;
      return person(`coach${pad(n)}@scale.test`, `Coach ${n}`, n, [{ role: 'coach', schoolId }]);
    }),
  );
  const teachersBySchool: string[][] = schoolIds.map(() => []);
  const classRows: (typeof classes.$inferInsert)[] = [];
  const teacherIds: string[] = [];
  for (let t = 0; t < options.teachers; t++) {
    const school = t % options.schools;
    const schoolId = schoolIds[school]!;
    const ownerId = person(teacherEmail(t), `Teacher ${t + 1}`, t, [{ role: 'teacher', schoolId }]);
    teachersBySchool[school]!.push(ownerId);
    teacherIds.push(ownerId);
    const [subject, short] = SUBJECTS[t % SUBJECTS.length]!;
    const grade = GRADES[t % GRADES.length]!;
    for (let k = 0; k < options.classesPerTeacher; k++) {
      classRows.push({
        id: randomUUID(),
        organizationId,
        schoolId,
        ownerId,
        name: `${short} ${grade} — Period ${k + 1}`,
        subject,
        gradeLevel: grade,
        periodMinutes: 45 + (k % 3) * 5,
      });
    }
  }

  // One team per school: its first coach leads, its first teachers are members.
  const teamRows = schoolIds.map((schoolId, s) => ({
    id: randomUUID(),
    organizationId,
    schoolId,
    name: `PLC ${s + 1}`,
  }));
  const teamMemberRows = teamRows.flatMap((team, s) => [
    { organizationId, teamId: team.id, userId: coachesBySchool[s]![0]!, role: 'lead' as const },
    ...teachersBySchool[s]!.slice(0, TEAM_SIZE).map((userId) => ({
      organizationId,
      teamId: team.id,
      userId,
      role: 'member' as const,
    })),
  ]);

  // Each session teacher's plans are for their first class, on consecutive dates.
  const benchPlans: BenchPlan[] = [];
  const planRows: (typeof lessonPlans.$inferInsert)[] = [];
  const owners = Math.min(planSeed.owners, options.teachers);
  if (owners > 0 && options.classesPerTeacher < 1) throw new Error('Plans need at least one class per teacher.');
  const body = planBody();
  for (let k = 0; k < planSeed.perOwner; k++) {
    for (let session = 0; session < owners; session++) {
      const t = sessionTeacher(session, options.teachers);
      const id = randomUUID();
      benchPlans.push({ id, session });
      planRows.push(
        planRow(body, {
          id,
          organizationId,
          ownerId: teacherIds[t]!,
          classId: classRows[t * options.classesPerTeacher]!.id!,
          date: new Date(Date.UTC(2026, 8, 1 + k)).toISOString().slice(0, 10),
        }),
      );
    }
  }

  await db.transaction(async (tx) => {
    await tx.insert(organizations).values({ id: organizationId, name: 'Scale District', kind: 'district' });
    await tx
      .insert(schools)
      .values(schoolIds.map((id, s) => ({ id, organizationId, name: `Scale School ${pad(s + 1)}` })));
    for (const part of chunks(userRows)) await tx.insert(users).values(part);
    for (const part of chunks(membershipRows)) await tx.insert(memberships).values(part);
    await tx.insert(teams).values(teamRows);
    for (const part of chunks(teamMemberRows)) await tx.insert(teamMembers).values(part);
    for (const part of chunks(classRows)) await tx.insert(classes).values(part);
    for (const part of chunks(planRows)) await tx.insert(lessonPlans).values(part);
  });
  // Fresh statistics, so the first benchmark queries are planned as they would be in production.
  await db.execute(sql`analyze`);

  return {
    ...options,
    users: userRows.length,
    coaches: coachesBySchool.flat().length,
    leaders: leaders.length,
    admins: 1,
    memberships: membershipRows.length,
    classes: classRows.length,
    teams: teamRows.length,
    teamMembers: teamMemberRows.length,
    plans: planRows.length,
    insertMs: Math.round(performance.now() - started),
    benchPlans,
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

function* chunks<T>(rows: T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += CHUNK) yield rows.slice(i, i + CHUNK);
}
