import { and, eq, gt, inArray, type SQL } from 'drizzle-orm';
import { mondayOf } from '#core/domain/calendar';
import { type SourceReader, withinTouched } from '#core/impact/index';
import type { Db } from '../../db/client';
import { classes } from '../../db/schema';
import { assessmentImports, assessmentResults } from './assessments.table';

/**
 * Impact's L5 facts (injected): each class-level result whose class is known, as the share of
 * students proficient weighted by how many were tested, counted for the class's teacher in the
 * week of the administration. A result
 * with no class of ours names no teacher, so it cannot be counted for anyone (nor shown below five).
 */
export const assessmentFactsFrom =
  (db: Db): SourceReader =>
  async (organizationId, since) => {
    const results = (extra?: SQL) =>
      db
        .select({
          personId: classes.ownerId,
          schoolId: assessmentResults.schoolId,
          subject: assessmentResults.subject,
          date: assessmentResults.administrationDate,
          tested: assessmentResults.numberTested,
          proficient: assessmentResults.numberProficient,
        })
        .from(assessmentResults)
        .innerJoin(assessmentImports, eq(assessmentImports.id, assessmentResults.importId))
        .innerJoin(
          classes,
          and(eq(classes.organizationId, assessmentResults.organizationId), eq(classes.id, assessmentResults.classId)),
        )
        .where(and(eq(assessmentResults.organizationId, organizationId), extra));
    const changed = await results(since ? gt(assessmentImports.createdAt, since) : undefined);
    const touched = [
      ...new Map(
        changed.map((row) => [
          `${row.personId}|${mondayOf(row.date)}`,
          { personId: row.personId, week: mondayOf(row.date) },
        ]),
      ).values(),
    ];
    if (touched.length === 0) return { touched, facts: [] };
    const rows = await results(inArray(classes.ownerId, [...new Set(touched.map((t) => t.personId))]));
    const facts = rows.flatMap((row) =>
      row.tested > 0
        ? [
            {
              metric: 'l5.assessment-results',
              personId: row.personId,
              week: mondayOf(row.date),
              // Students proficient out of students tested: impact's mean is then Σ proficient / Σ tested.
              value: Math.min(row.proficient, row.tested),
              weight: row.tested,
              schoolId: row.schoolId,
              subject: row.subject,
            },
          ]
        : [],
    );
    return { touched, facts: withinTouched(facts, touched) };
  };
