import { and, eq, gt, inArray } from 'drizzle-orm';
import { type SourceReader, touchedWeeks, weekOf, withinTouched } from '#core/impact/index';
import type { Db } from '../../db/client';
import { classes } from '../../db/schema';
import { reflections } from './reflections.table';

/**
 * Impact's L2 facts (injected): each reflection's depth level as analysed when it was written,
 * with the class's school and subject for the drill-down.
 */
export const reflectionDepthFactsFrom =
  (db: Db): SourceReader =>
  async (organizationId, since) => {
    const changed = await db
      .select({ personId: reflections.authorId, at: reflections.createdAt })
      .from(reflections)
      .where(and(eq(reflections.organizationId, organizationId), since ? gt(reflections.createdAt, since) : undefined));
    const touched = touchedWeeks(changed);
    if (touched.length === 0) return { touched, facts: [] };
    const rows = await db
      .select({
        personId: reflections.authorId,
        at: reflections.createdAt,
        level: reflections.level,
        schoolId: classes.schoolId,
        subject: classes.subject,
      })
      .from(reflections)
      .leftJoin(classes, eq(classes.id, reflections.classId))
      .where(
        and(
          eq(reflections.organizationId, organizationId),
          inArray(reflections.authorId, [...new Set(touched.map((t) => t.personId))]),
        ),
      );
    const facts = rows.map((row) => ({
      metric: 'l2.reflection-depth',
      personId: row.personId,
      week: weekOf(row.at),
      value: row.level,
      schoolId: row.schoolId,
      subject: row.subject,
    }));
    return { touched, facts: withinTouched(facts, touched) };
  };
