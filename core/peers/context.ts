/**
 * A district's context for "districts like yours" (issue 6, PRODUCT.md §6): the four things that
 * make two districts comparable. Urbanicity uses the four NCES locale types (the 12 locale codes
 * 11–43 collapse to their first digit: 1 city, 2 suburb, 3 town, 4 rural).
 */
export const URBANICITIES = ['city', 'suburb', 'town', 'rural'] as const;
export type Urbanicity = (typeof URBANICITIES)[number];

export const CONTEXT_LIMITS = {
  /** Enrolled students: a one-school charter to the largest US district, with room to spare. */
  studentCount: { min: 1, max: 2_000_000 },
  /** Percentages, 0–100 (students in poverty, e.g. free/reduced-price lunch; English learners). */
  percent: { min: 0, max: 100 },
} as const;

export type DistrictContext = {
  studentCount: number;
  /** Share of students in poverty, 0–100. */
  povertyRate: number;
  /** Share of students who are English (or language) learners, 0–100. */
  englishLearnerShare: number;
  urbanicity: Urbanicity;
};

/** The NCES locale code (11–43) to its urbanicity, or null for anything else. */
export function urbanicityOfLocaleCode(code: number): Urbanicity | null {
  if (!Number.isInteger(code) || code < 11 || code > 43 || code % 10 < 1 || code % 10 > 3) return null;
  return URBANICITIES[Math.floor(code / 10) - 1] ?? null;
}

/** Field problems of a context, empty when valid (the contract enforces the same; this is the pure rule). */
export function contextProblems(context: DistrictContext): { path: keyof DistrictContext; message: string }[] {
  const problems: { path: keyof DistrictContext; message: string }[] = [];
  const { studentCount: count, urbanicity } = context;
  if (!Number.isInteger(count) || count < CONTEXT_LIMITS.studentCount.min || count > CONTEXT_LIMITS.studentCount.max)
    problems.push({ path: 'studentCount', message: 'Enter the number of students, from 1 to 2,000,000.' });
  for (const path of ['povertyRate', 'englishLearnerShare'] as const) {
    const value = context[path];
    if (!Number.isFinite(value) || value < 0 || value > 100)
      problems.push({ path, message: 'Enter a percentage from 0 to 100.' });
  }
  if (!(URBANICITIES as readonly string[]).includes(urbanicity))
    problems.push({ path: 'urbanicity', message: 'Choose city, suburb, town or rural.' });
  return problems;
}
