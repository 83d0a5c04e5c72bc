import { and, eq, inArray } from 'drizzle-orm';
import { REFLECTION_LABELS } from '#core/contracts/reflections';
import { RULESET_VERSION } from '#core/reflection/index';
import { initiatives } from '../../modules/impact/impact.table';
import { resourceReactions } from '../../modules/library/library.table';
import { lessonPlans } from '../../modules/planning/planning.table';
import { reflections } from '../../modules/reflections/reflections.table';
import type { Tx } from '../client';

const CARDS = ['cold-call-wait-time', 'checks-for-understanding', 'exit-tickets'];
const DAY_MS = 86_400_000;

/**
 * Impact demo data (issue 6): every demo teacher has said whether three starter cards were useful
 * over the last four weeks (most found them useful; a few did not), so level 1 fills above the
 * five-person threshold at both schools; and last year's initiative, archived, so the years show
 * side by side. This year's initiative is the district admin's to create (journey 2).
 */
export async function seedDemoImpact(
  tx: Tx,
  organizationId: string,
  teacherIds: string[],
  adminId: string,
  practiceId: string | null,
  now: Date,
) {
  const rows = teacherIds.flatMap((userId, t) =>
    CARDS.map((resourceId, c) => {
      const at = new Date(now.getTime() - ((t + c * 9) % 28) * DAY_MS);
      // Roughly three in four useful, decided by position so the demo is the same every time.
      return { organizationId, resourceId, userId, useful: (t + c) % 4 !== 3, createdAt: at, updatedAt: at };
    }),
  );
  if (rows.length > 0) await tx.insert(resourceReactions).values(rows).onConflictDoNothing();
  await seedEarlierReflections(tx, organizationId, teacherIds, now);
  if (!practiceId) return;
  const year = now.getUTCMonth() >= 7 ? now.getUTCFullYear() - 1 : now.getUTCFullYear() - 2;
  await tx.insert(initiatives).values({
    organizationId,
    schoolYear: `${year}-${String((year + 1) % 100).padStart(2, '0')}`,
    name: { en: 'Writing across subjects', es: 'Escritura en todas las asignaturas' },
    description: {
      en: 'Last year: short written explanations in every subject.',
      es: 'El año pasado: explicaciones escritas breves en todas las asignaturas.',
    },
    targetPracticeIds: [practiceId],
    scope: { allSchools: true, schoolIds: [], teamIds: [] },
    targets: [{ level: 5, metricId: 'l5.assessment-results', value: 0.6, byDate: `${year + 1}-06-15` }],
    status: 'archived',
    createdBy: adminId,
  });
}

/**
 * Two earlier reflections per teacher, a few weeks back, on plans they already have: level 2's
 * "reflection depth over time" needs a past to compare with. Depth grows a little over the weeks,
 * as it does when people practise; the stored analysis is what the dashboard reads.
 */
async function seedEarlierReflections(tx: Tx, organizationId: string, teacherIds: string[], now: Date) {
  if (teacherIds.length === 0) return;
  const plans = await tx
    .select({ id: lessonPlans.id, ownerId: lessonPlans.ownerId, classId: lessonPlans.classId })
    .from(lessonPlans)
    .where(and(eq(lessonPlans.organizationId, organizationId), inArray(lessonPlans.ownerId, teacherIds)));
  // Teachers without a plan yet get one earlier lesson to have reflected on.
  const missing = teacherIds.filter((id) => !plans.some((p) => p.ownerId === id));
  if (missing.length > 0)
    plans.push(
      ...(await tx
        .insert(lessonPlans)
        .values(
          missing.map((ownerId) => ({
            organizationId,
            ownerId,
            title: 'Earlier lesson',
            locale: 'en' as const,
            status: 'taught' as const,
            content: { objectives: ['Students explain their reasoning in writing'], segments: [] },
            createdAt: new Date(now.getTime() - 22 * DAY_MS),
            updatedAt: new Date(now.getTime() - 22 * DAY_MS),
          })),
        )
        .returning({ id: lessonPlans.id, ownerId: lessonPlans.ownerId, classId: lessonPlans.classId })),
    );
  const rows = teacherIds.flatMap((authorId, t) => {
    const plan = plans.find((p) => p.ownerId === authorId);
    if (!plan) return [];
    return [21, 10].map((daysAgo, n) => {
      const level = Math.min(4, 1 + ((t + n) % 3) + n);
      return {
        organizationId,
        planId: plan.id,
        classId: plan.classId,
        authorId,
        whatHappened: 'Students worked through the task in pairs.',
        level,
        label: REFLECTION_LABELS[level - 1]!,
        indicators: [],
        nudge: '',
        rulesetVersion: RULESET_VERSION,
        createdAt: new Date(now.getTime() - daysAgo * DAY_MS),
      };
    });
  });
  if (rows.length > 0) await tx.insert(reflections).values(rows);
}
