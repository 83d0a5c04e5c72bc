import type { AssessmentRow } from './rows';
import { writeAssessmentCsv } from './rows';

/**
 * The downloadable template: the header and two example rows for the first of the caller's
 * schools (its id is what SchoolId must hold). Descriptors may be Ed-Fi URIs or bare code values.
 */
export function assessmentTemplate(schoolId = 'your-school-id'): string {
  const example: Omit<AssessmentRow, 'line'>[] = [
    {
      schoolId,
      schoolYear: 2026,
      localCourseCode: 'MATH-05',
      sectionIdentifier: 'class-id-or-section-code',
      assessmentIdentifier: 'INTERIM-MATH-5-WINTER',
      assessmentTitle: 'Grade 5 Math Interim (Winter)',
      subject: 'uri://ed-fi.org/AcademicSubjectDescriptor#Mathematics',
      gradeLevel: 'uri://ed-fi.org/GradeLevelDescriptor#Fifth grade',
      administrationDate: '2026-01-20',
      numberTested: 24,
      numberProficient: 15,
      averageScore: 512.5,
    },
    {
      schoolId,
      schoolYear: 2026,
      localCourseCode: null,
      sectionIdentifier: null,
      assessmentIdentifier: 'STATE-ELA-3',
      assessmentTitle: 'State ELA Grade 3',
      subject: 'English Language Arts',
      gradeLevel: 'Third grade',
      administrationDate: '2026-04-14',
      numberTested: 61,
      numberProficient: 38,
      averageScore: null,
    },
  ];
  return writeAssessmentCsv(example);
}
