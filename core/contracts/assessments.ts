import { z } from 'zod';
import { Id, LocaleSchema, Timestamp } from './common';

/*
 * Guskey level 5 (PEDAGOGY.md §6): class-level assessment results imported from a CSV whose
 * columns use Ed-Fi Data Standard names where Ed-Fi has one (docs/assessment-import.md). Only
 * aggregates per class or grade are accepted — never a row per student — and an import is
 * all-or-nothing: one bad row and nothing is stored.
 */

export const ASSESSMENT_LIMITS = {
  /** The file, in bytes (over it: 413). */
  bytes: 5 * 1024 * 1024,
  /** Data rows, not counting the header (over it: 413). */
  rows: 50_000,
  text: 200,
  /** A 422 lists at most this many row problems. */
  issues: 200,
} as const;

/** One problem of an uploaded file: the 1-based line of the file, the column (or '' for the whole row), and a message in the caller's language. */
export const AssessmentRowIssue = z.object({
  line: z.number().int().min(0),
  column: z.string(),
  message: z.string(),
});
export type AssessmentRowIssue = z.infer<typeof AssessmentRowIssue>;

export const AssessmentImport = z.object({
  id: Id,
  fileName: z.string(),
  rowCount: z.number().int(),
  schoolCount: z.number().int(),
  /** First and last AdministrationDate in the file. */
  firstDate: z.iso.date(),
  lastDate: z.iso.date(),
  importedBy: z.object({ id: Id, name: z.string() }),
  importedAt: Timestamp,
  canDelete: z.boolean(),
});
export type AssessmentImport = z.infer<typeof AssessmentImport>;

/** 201 when stored, 200 when the same file had already been imported (nothing changed). */
export const AssessmentImportResult = z.object({
  import: AssessmentImport,
  replayed: z.boolean(),
  /** Rows whose SectionIdentifier matched one of our classes. */
  matchedClasses: z.number().int(),
});
export type AssessmentImportResult = z.infer<typeof AssessmentImportResult>;

export const AssessmentImportQuery = z.object({
  fileName: z.string().trim().min(1).max(ASSESSMENT_LIMITS.text).optional(),
  /** The language of the row messages (default: the caller's). */
  locale: LocaleSchema.optional(),
});

/** A school the caller may import results for, and the value its rows' SchoolId must hold. */
export const AssessmentSchool = z.object({
  id: Id,
  name: z.string(),
  schoolIdInFile: z.string(),
});
export type AssessmentSchool = z.infer<typeof AssessmentSchool>;

/** One stored class-level result, as other modules read it (the level 5 dashboard). */
export type AssessmentResult = {
  schoolId: string;
  classId: string | null;
  teacherId: string | null;
  subject: string;
  gradeLevel: string;
  assessmentIdentifier: string;
  administrationDate: string;
  numberTested: number;
  numberProficient: number;
  averageScore: number | null;
};
