import type { AssessmentResult } from '#core/contracts/assessments';
import type { Db } from '../../db/client';
import { assessmentsRepo, type ResultsFilter } from './assessments.repo';

export type AssessmentResultsOf = (organizationId: string, filter: ResultsFilter) => Promise<AssessmentResult[]>;

/**
 * Level 5 results for other modules (the impact dashboards): class-level counts in a date range,
 * with the teacher of the matched class. Callers authorize and suppress small groups themselves.
 */
export function assessmentResultsFrom(db: Db): AssessmentResultsOf {
  return async (organizationId, filter) => {
    const rows = await assessmentsRepo.results(db, organizationId, filter);
    return rows.map((row) => ({ ...row, teacherId: row.teacherId ?? null }));
  };
}
