/**
 * The rubric decision (issue 6): a submission earns the credential only when every criterion
 * meets its pass level; otherwise it is "not yet" — never "failed" — and each criterion below its
 * level is named, so the feedback says what to work on.
 */
export type Criterion = { id: string; levels: unknown[]; passLevel: number };
export type Score = { criterionId: string; level: number };

export type RubricDecision =
  | { ok: true; decision: 'earned' | 'not-yet'; results: { criterionId: string; level: number; passed: boolean }[] }
  | { ok: false; problems: { criterionId: string; problem: 'missing' | 'unknown' | 'duplicate' | 'out-of-range' }[] };

export function decide(rubric: Criterion[], scores: Score[]): RubricDecision {
  const byId = new Map(rubric.map((c) => [c.id, c]));
  const seen = new Set<string>();
  const problems: Extract<RubricDecision, { ok: false }>['problems'] = [];
  for (const score of scores) {
    const criterion = byId.get(score.criterionId);
    if (!criterion) problems.push({ criterionId: score.criterionId, problem: 'unknown' });
    else if (seen.has(score.criterionId)) problems.push({ criterionId: score.criterionId, problem: 'duplicate' });
    else if (!Number.isInteger(score.level) || score.level < 0 || score.level >= criterion.levels.length)
      problems.push({ criterionId: score.criterionId, problem: 'out-of-range' });
    seen.add(score.criterionId);
  }
  for (const criterion of rubric)
    if (!seen.has(criterion.id)) problems.push({ criterionId: criterion.id, problem: 'missing' });
  if (problems.length > 0) return { ok: false, problems };
  const results = rubric.map((criterion) => {
    const level = scores.find((s) => s.criterionId === criterion.id)!.level;
    return { criterionId: criterion.id, level, passed: level >= criterion.passLevel };
  });
  return { ok: true, decision: results.every((r) => r.passed) ? 'earned' : 'not-yet', results };
}
