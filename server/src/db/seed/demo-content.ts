import { eq } from 'drizzle-orm';
import { CreateLessonPlanBody, type LessonPlan, type PLAN_STATUSES } from '#core/contracts/planning';
import { ReflectionInput } from '#core/contracts/reflections';
import type { Locale } from '#core/domain/roles';
import { createClassesService } from '../../modules/classes';
import { createPlanningService } from '../../modules/planning';
import { carryForwardFrom, createReflectionsService } from '../../modules/reflections';
import type { Actor } from '../../platform/actor';
import type { Db, Tx } from '../client';
import { lessonPlans, reflections } from '../schema';
import { type DemoLesson, demoCourses } from './demo-plans';
import { addDays, type DemoWeek, demoWeek } from './demo-week';

/** A demo teacher as the services see them, and their classes by name. */
export type DemoTeacher = { actor: Actor; classes: Map<string, DemoSection> };
type DemoSection = { id: string; periodMinutes: number | null };
type DemoLessonText = Omit<DemoLesson, 'firstDraft' | 'visibility'>;

type Status = (typeof PLAN_STATUSES)[number];

/** Timestamps that read like a real week: plans written the evening before, reflections after school. */
const at = (date: string, time: string) => new Date(`${date}T${time}:00.000Z`);
const PLANNED_AT = '22:00';
const REFLECTED_AT = '21:00';

/**
 * Loads the demo teachers' plans and reflections for the week of `today` (demo-plans.ts is the
 * text; this file only adds classes, dates and statuses). Plans and reflections go through the
 * planning and reflections services, as the API's do, so columns, jsonb content, versions and
 * the stored reflection analysis are exactly what the app itself writes. Only the timestamps are
 * then set back to the days they describe. Runs inside the demo transaction.
 */
export async function seedDemoContent(tx: Tx, teachers: Map<string, DemoTeacher>, today: string) {
  // The services take a database; a transaction is one, and keeps the demo all-or-nothing.
  const db: Db = tx;
  const classes = createClassesService(db);
  const planning = createPlanningService({ db, classes, carryForward: carryForwardFrom(db) });
  const reflecting = createReflectionsService({ db, planning });
  const week = demoWeek(today);

  for (const course of demoCourses) {
    const teacher = teachers.get(course.teacher);
    if (!teacher) throw new Error(`Demo plans name ${course.teacher}, who is not in the demo district.`);
    const sections = course.classes.map((name) => {
      const found = teacher.classes.get(name);
      if (!found) throw new Error(`Demo plans name the class ${name}, which ${course.teacher} does not teach.`);
      return found;
    });

    for (const past of course.previousWeek) {
      const date = week.previousWeek(past.weekday);
      for (const taught of past.taughtTo) {
        const plan = await createPlan(
          teacher.actor,
          past.lesson,
          sections[taught.section]!,
          taught.section === 0,
          date,
        );
        if (!taught.reflection) continue;
        const reflection = await reflecting.create(teacher.actor, plan.id, ReflectionInput.parse(taught.reflection));
        await tx
          .update(reflections)
          .set({ createdAt: at(date, REFLECTED_AT) })
          .where(eq(reflections.id, reflection.id));
      }
    }

    for (const [day, date] of week.planDays.entries()) {
      for (const [index, section] of sections.entries()) {
        await createPlan(teacher.actor, course.week[day]!, section, index === 0, date);
      }
    }
  }

  /** One section's plan for one day; `firstSection` gets the sharing and the saved earlier version. */
  async function createPlan(
    actor: Actor,
    lesson: DemoLesson,
    section: DemoSection,
    firstSection: boolean,
    date: string,
  ): Promise<LessonPlan> {
    const { firstDraft, visibility, ...text } = lesson;
    const body = (content: DemoLessonText, status: Status) =>
      CreateLessonPlanBody.parse({
        ...content,
        classId: section.id,
        date,
        periodMinutes: section.periodMinutes,
        locale: actor.locale,
        // Teachers share their first section's plan; the copies for other sections stay private.
        visibility: firstSection ? (visibility ?? 'private') : 'private',
        status,
      });
    const status = statusOn(date, week);
    const plannedAt = at(addDays(date, -1), PLANNED_AT);
    const backdate = date <= week.today;

    if (!firstDraft || !firstSection) {
      const plan = await planning.create(actor, body(text, status));
      if (backdate) await setTimes(plan.id, plannedAt, plannedAt);
      return plan;
    }
    // Saved twice: version 1 a few days ahead, the final text after the last lesson's reflection.
    const draft = await planning.create(actor, body({ ...text, ...firstDraft }, 'draft'));
    const draftedAt = at(addDays(date, -4), PLANNED_AT);
    if (backdate) await setTimes(draft.id, draftedAt, draftedAt);
    const plan = await planning.update(actor, draft.id, { ...body(text, status), version: draft.version });
    if (backdate) await setTimes(plan.id, draftedAt, plannedAt);
    return plan;
  }

  async function setTimes(planId: string, createdAt: Date, updatedAt: Date) {
    await tx.update(lessonPlans).set({ createdAt, updatedAt }).where(eq(lessonPlans.id, planId));
  }
}

/** Taught before today; ready for today and the next school day; still a draft further ahead. */
function statusOn(date: string, week: DemoWeek): Status {
  if (date < week.today) return 'taught';
  if (date === week.today || date === week.nextSchoolDay) return 'ready';
  return 'draft';
}

/** The demo teachers' actor: what the auth hook would resolve for them, minus the session. */
export function demoActor(
  user: { id: string; organizationId: string; name: string; email: string; locale: Locale },
  organizationName: string,
  memberships: Actor['memberships'],
): Actor {
  return {
    userId: user.id,
    organizationId: user.organizationId,
    organizationName,
    name: user.name,
    email: user.email,
    locale: user.locale,
    memberships,
    via: { kind: 'session', sessionId: 'demo-seed' },
    context: { ip: null, userAgent: 'demo seed' },
  };
}
