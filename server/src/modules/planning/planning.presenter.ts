import type { LessonPlan, LessonPlanVersion } from '#core/contracts/planning';
import type { insightDismissals, lessonPlans, lessonPlanVersions } from './planning.table';

type Stored = Pick<
  typeof lessonPlans.$inferSelect,
  'content' | 'classId' | 'title' | 'date' | 'locale' | 'visibility' | 'status' | 'version'
>;

/** What the teacher wrote, whether from the plan or from one of its saved versions. */
const planFields = (row: Stored) => ({
  ...row.content,
  classId: row.classId,
  title: row.title,
  date: row.date,
  locale: row.locale,
  visibility: row.visibility,
  status: row.status,
  version: row.version,
});

export const presentPlan = (row: typeof lessonPlans.$inferSelect): LessonPlan => ({
  ...planFields(row),
  id: row.id,
  ownerId: row.ownerId,
  copiedFrom: row.copiedFromId ?? null,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export const presentVersion = (row: typeof lessonPlanVersions.$inferSelect, ownerId: string): LessonPlanVersion => ({
  ...planFields(row),
  id: row.planId,
  ownerId,
  savedAt: row.savedAt.toISOString(),
});

export const presentDismissal = (row: typeof insightDismissals.$inferSelect) => ({
  ruleId: row.ruleId,
  reason: row.reason,
  createdAt: row.createdAt.toISOString(),
});
