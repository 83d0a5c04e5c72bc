import { sql } from 'drizzle-orm';
import { classes } from '../../modules/classes/classes.table';
import { users } from '../../modules/identity/identity.table';
import { hashPassword } from '../../modules/identity/passwords';
import {
  memberships,
  organizations,
  schools,
  teamMembers,
  teams,
} from '../../modules/organizations/organizations.table';
import type { Db } from '../client';
import { seedDemoCommunities } from './demo-communities';
import { type DemoTeacher, demoActor, seedDemoContent } from './demo-content';
import { seedDemoCredentials } from './demo-credentials';
import { DEMO_PASSWORD, demoDistrict as demo } from './demo-district';
import { seedDemoImpact } from './demo-impact';
import { seedDemoInquiries } from './demo-inquiries';
import { seedDemoMeetings } from './demo-meetings';
import { seedDemoObservations } from './demo-observations';
import { seedDemoPathways } from './demo-pathways';
import { seedDemoPeerDistricts } from './demo-peer-districts';
import { seedDemoPeerLearning } from './demo-peer-learning';
import { seedDemoUnits } from './demo-units';
import { localToday } from './demo-week';

export type DemoLogin = { email: string; label: string };
const logins: DemoLogin[] = demo.people.flatMap((p) =>
  'label' in p && p.label ? [{ email: p.email, label: p.label }] : [],
);

export type DemoOptions = {
  /** The seeding date (`YYYY-MM-DD`): the demo plans fill its week. Default: today on the server's calendar. */
  today?: string;
};

/**
 * Loads the demo district into an empty database, all in one transaction: people, schools,
 * teams, classes, the demo teachers' plans and reflections for the current week, and a few
 * weeks of coaching visits. It checks
 * for organizations first, so it never touches a database that already holds anyone's data, and
 * a second start (or a second instance) leaves everything as it was.
 */
export async function seedDemoIfEmpty(
  db: Db,
  options: DemoOptions = {},
): Promise<{ loaded: boolean; logins: DemoLogin[] }> {
  const today = options.today ?? localToday();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const loaded = await db.transaction(async (tx) => {
    // Serialises concurrent first starts; released at commit.
    await tx.execute(sql`select pg_advisory_xact_lock(727002)`);
    const [existing] = await tx.select({ id: organizations.id }).from(organizations).limit(1);
    if (existing) return false;

    const [org] = await tx.insert(organizations).values(demo.organization).returning();
    const organizationId = org!.id;
    const schoolRows = await tx
      .insert(schools)
      .values(demo.schools.map((name) => ({ organizationId, name })))
      .returning();
    const schoolId = (index: 0 | 1 | null) => (index === null ? null : schoolRows[index]!.id);

    const userRows = await tx
      .insert(users)
      .values(
        demo.people.map((p) => ({
          organizationId,
          email: p.email,
          name: p.name,
          locale: p.locale,
          passwordHash,
          status: 'active' as const,
        })),
      )
      .returning();
    const userId = new Map(userRows.map((u) => [u.email, u.id]));
    const membershipRows = await tx
      .insert(memberships)
      .values(
        demo.people.flatMap((p) =>
          p.roles.map((r) => ({
            organizationId,
            userId: userId.get(p.email)!,
            role: r.role,
            schoolId: schoolId(r.school),
          })),
        ),
      )
      .returning();

    for (const team of demo.teams) {
      const [row] = await tx
        .insert(teams)
        .values({ organizationId, name: team.name, schoolId: schoolId(team.school) })
        .returning();
      await tx.insert(teamMembers).values([
        { organizationId, teamId: row!.id, userId: userId.get(team.lead)!, role: 'lead' as const },
        ...team.members.map((email) => ({
          organizationId,
          teamId: row!.id,
          userId: userId.get(email)!,
          role: 'member' as const,
        })),
      ]);
    }

    const teachers = demo.people.filter((p) => p.roles.some((r) => r.role === 'teacher'));
    const classRows = teachers.flatMap((teacher, index) => {
      const role = teacher.roles.find((r) => r.role === 'teacher')!;
      const sets = demo.classSets[teacher.locale];
      return sets[index % sets.length]!.map((c) => ({
        organizationId,
        ownerId: userId.get(teacher.email)!,
        schoolId: schoolId(role.school),
        ...c,
      }));
    });
    const classList = await tx.insert(classes).values(classRows).returning();

    // Plans and reflections are written as the teachers themselves, through the app's services.
    const demoTeachers = new Map<string, DemoTeacher>();
    for (const user of userRows) {
      const roles = membershipRows.filter((m) => m.userId === user.id);
      if (!roles.some((m) => m.role === 'teacher')) continue;
      demoTeachers.set(user.email, {
        actor: demoActor(
          user,
          org!.name,
          roles.map((m) => ({ id: m.id, role: m.role, schoolId: m.schoolId })),
        ),
        classes: new Map(classList.filter((c) => c.ownerId === user.id).map((c) => [c.name, c])),
      });
    }
    await seedDemoContent(tx, demoTeachers, today);
    await seedDemoObservations(tx, organizationId, (email) => userId.get(email)!, today);
    await seedDemoCommunities(tx, organizationId, (email) => userId.get(email)!, new Date());
    await seedDemoInquiries(tx, organizationId, (email) => userId.get(email)!, new Date());
    await seedDemoUnits(tx, organizationId, (email) => userId.get(email)!);
    await seedDemoMeetings(tx, organizationId, (email) => userId.get(email)!, new Date());
    await seedDemoCredentials(tx, organizationId, (email) => userId.get(email)!);
    await seedDemoPathways(tx, organizationId, (email) => userId.get(email)!);
    await seedDemoPeerLearning(tx, organizationId, (email) => userId.get(email)!);
    await seedDemoPeerDistricts(tx, today);
    const builtInPractice = await tx.execute(
      sql`select id from framework_practices where organization_id is null order by position, code limit 1`,
    );
    await seedDemoImpact(
      tx,
      organizationId,
      [...demoTeachers.values()].map((teacher) => teacher.actor.userId),
      userId.get(demo.people.find((p) => p.roles.some((r) => r.role === 'district_admin'))!.email)!,
      ((builtInPractice as unknown as { rows: { id: string }[] }).rows[0]?.id ?? null) as string | null,
      new Date(),
    );
    return true;
  });
  return { loaded, logins };
}
