import { z } from 'zod';
import { GRADE_LEVELS } from '../domain/grades';
import { Id, Name, Timestamp } from './common';

export const ClassSchema = z.object({
  id: Id,
  name: z.string(),
  subject: z.string(),
  gradeLevel: z.string(),
  periodMinutes: z.number().int(),
  ownerId: Id,
  ownerName: z.string(),
  schoolId: Id.nullable(),
  createdAt: Timestamp,
});
export type ClassDto = z.infer<typeof ClassSchema>;

export const CreateClassBody = z.object({
  name: Name,
  subject: z.string().trim().min(1).max(100),
  gradeLevel: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .describe(
      `A grade label. The app offers ${GRADE_LEVELS.join(', ')}; other systems' labels ("1.º ESO", "Year 9") are kept as sent.`,
    ),
  periodMinutes: z.number().int().min(1).max(600),
  schoolId: Id.nullable().optional().describe("Defaults to the owner's school."),
  ownerId: Id.optional().describe('A district admin may create a class for a teacher; others own what they create.'),
});

export const ClassListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
  scope: z
    .enum(['mine', 'organization'])
    .default('mine')
    .describe(
      'mine: the caller’s classes (the API.md contract). organization: every class the caller may see (admins, leaders).',
    ),
});
