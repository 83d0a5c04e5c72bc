/*
 * The columns of the class-level assessment template (docs/assessment-import.md). Names follow the
 * Ed-Fi Data Standard (DS 5.x/6.x element names) where Ed-Fi has the idea; the three counts are
 * ours, because Ed-Fi stores results per student and has no class-level aggregate.
 */
export const ASSESSMENT_COLUMNS = [
  { name: 'SchoolId', required: true, edFi: true },
  { name: 'SchoolYear', required: true, edFi: true },
  { name: 'LocalCourseCode', required: false, edFi: true },
  { name: 'SectionIdentifier', required: false, edFi: true },
  { name: 'AssessmentIdentifier', required: true, edFi: true },
  { name: 'AssessmentTitle', required: false, edFi: true },
  { name: 'AcademicSubjectDescriptor', required: true, edFi: true },
  { name: 'GradeLevelDescriptor', required: true, edFi: true },
  { name: 'AdministrationDate', required: true, edFi: true },
  { name: 'NumberTested', required: true, edFi: false },
  { name: 'NumberProficient', required: true, edFi: false },
  { name: 'AverageScaleScore', required: false, edFi: false },
] as const;

export type AssessmentColumn = (typeof ASSESSMENT_COLUMNS)[number]['name'];

export const COLUMN_NAMES: readonly AssessmentColumn[] = ASSESSMENT_COLUMNS.map((c) => c.name);

/**
 * Headers that name or identify a student (Ed-Fi's StudentUniqueId and StudentUSI, names, birth
 * dates, contact details). A file with one of them is refused whole: the platform never holds
 * student-level data (PEDAGOGY.md §6, research/interop.md §7 on FERPA).
 */
const STUDENT_HEADER =
  /student|pupil|alumno|estudiante|learner|^(first|last|middle|given|family|full)_?(name|surname)$|^lastsurname$|^name$|birth|^e-?mail|^phone|^address|^ssn$|^rut$|^curp$/i;

export const identifiesStudents = (header: string) => STUDENT_HEADER.test(header.replace(/[\s-]/g, ''));

/** A header as written (trimmed, case-insensitive) → our column, or null. */
export function columnOf(header: string): AssessmentColumn | null {
  const key = header.trim().toLowerCase();
  return COLUMN_NAMES.find((name) => name.toLowerCase() === key) ?? null;
}
