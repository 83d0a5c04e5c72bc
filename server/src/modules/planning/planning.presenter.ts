import type { LessonPlan, LessonPlanVersion } from '#core/contracts/planning';
import type { lessonPlans, lessonPlanVersions } from './planning.table';

export const presentPlan = (row: typeof lessonPlans.$inferSelect): LessonPlan => ({
  ...row.content,
  id: row.id,
  ownerId: row.ownerId,
  classId: row.classId,
  title: row.title,
  date: row.date,
  locale: row.locale,
  visibility: row.visibility,
  status: row.status,
  version: row.version,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export const presentVersion = (row: typeof lessonPlanVersions.$inferSelect, ownerId: string): LessonPlanVersion => ({
  ...row.content,
  id: row.planId,
  ownerId,
  classId: row.classId,
  title: row.title,
  date: row.date,
  locale: row.locale,
  visibility: row.visibility,
  status: row.status,
  version: row.version,
  savedAt: row.savedAt.toISOString(),
});
