import type { Db } from '../../db/client';
import { credentialsRepo as repo } from './credentials.repo';

/**
 * For dashboards (Guskey level 2, participants' learning): every reviewed attempt's rubric scores
 * in a district, one row per criterion, with the teacher's school. Not wired to a route yet.
 */
export type CredentialScore = {
  microCredentialId: string;
  submissionId: string;
  attempt: number;
  criterionId: string;
  level: number;
  passed: boolean;
  decidedAt: string;
  schoolId: string | null;
};

export const credentialScoresFrom =
  (db: Db) =>
  async (organizationId: string): Promise<CredentialScore[]> => {
    const [attempts, schools] = await Promise.all([
      repo.decidedAttempts(db, organizationId),
      repo.teacherSchools(db, organizationId),
    ]);
    const schoolOf = new Map(schools.map((s) => [s.userId, s.schoolId]));
    return attempts.flatMap(({ attempt, microCredentialId, teacherId }) =>
      (attempt.scores ?? []).map((score) => ({
        microCredentialId,
        submissionId: attempt.submissionId,
        attempt: attempt.number,
        criterionId: score.criterionId,
        level: score.level,
        passed: score.passed,
        decidedAt: attempt.decidedAt?.toISOString() ?? '',
        schoolId: schoolOf.get(teacherId) ?? null,
      })),
    );
  };
