export type CriterionScore = { criterion: string; level: number };
export type CriterionSummary = {
  criterion: string;
  count: number;
  mean: number | null;
  levels: [number, number, number, number];
};

/**
 * Per success criterion: how many scorers scored it, the mean level (one decimal) and how the
 * levels spread — the spread is what a looking-at-student-work team talks about, not the mean.
 * Criteria come in the sample's order; a score for a criterion no longer on the sample is left out.
 */
export function summarizeScores(
  criteria: readonly string[],
  scoreSets: readonly CriterionScore[][],
): CriterionSummary[] {
  return criteria.map((criterion) => {
    const levels: [number, number, number, number] = [0, 0, 0, 0];
    let total = 0;
    let count = 0;
    for (const set of scoreSets)
      for (const score of set)
        if (score.criterion === criterion && score.level >= 1 && score.level <= 4) {
          levels[score.level - 1]! += 1;
          total += score.level;
          count += 1;
        }
    return { criterion, count, mean: count === 0 ? null : Math.round((total / count) * 10) / 10, levels };
  });
}
