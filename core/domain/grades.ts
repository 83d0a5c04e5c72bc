/** Grade levels a class can have; kept out of the contracts so the browser can use them without Zod. */
export const GRADE_LEVELS = [
  'PK',
  'K',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
  '10',
  '11',
  '12',
  'adult',
] as const;
export type GradeLevel = (typeof GRADE_LEVELS)[number];
