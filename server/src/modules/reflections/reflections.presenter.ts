import type { Reflection } from '#core/contracts/reflections';
import type { reflections } from './reflections.table';

export const presentReflection = (row: typeof reflections.$inferSelect): Reflection => ({
  id: row.id,
  planId: row.planId,
  authorId: row.authorId,
  createdAt: row.createdAt.toISOString(),
  ...(row.whatHappened !== null ? { whatHappened: row.whatHappened } : {}),
  ...(row.studentEvidence !== null ? { studentEvidence: row.studentEvidence } : {}),
  ...(row.whyAndAlternatives !== null ? { whyAndAlternatives: row.whyAndAlternatives } : {}),
  ...(row.nextTime !== null ? { nextTime: row.nextTime } : {}),
  level: row.level as Reflection['level'],
  label: row.label,
  indicators: row.indicators,
  nudge: row.nudge,
  rulesetVersion: row.rulesetVersion,
});
