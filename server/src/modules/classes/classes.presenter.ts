import type { ClassDto } from '#core/contracts/classes';
import type { classes } from './classes.table';

export const presentClass = (row: { class: typeof classes.$inferSelect; ownerName: string }): ClassDto => ({
  id: row.class.id,
  name: row.class.name,
  subject: row.class.subject,
  gradeLevel: row.class.gradeLevel,
  periodMinutes: row.class.periodMinutes,
  ownerId: row.class.ownerId,
  ownerName: row.ownerName,
  schoolId: row.class.schoolId,
  createdAt: row.class.createdAt.toISOString(),
});
