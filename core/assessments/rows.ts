import type { AssessmentRowIssue } from '../contracts/assessments';
import { ASSESSMENT_LIMITS } from '../contracts/assessments';
import { detectDelimiter, parseCsvRecords, writeCsvRecords } from '../frameworks/csv';
import { ASSESSMENT_COLUMNS, type AssessmentColumn, COLUMN_NAMES, columnOf, identifiesStudents } from './columns';
import type { AssessmentTranslate } from './messages';

/** One valid row of the file, as stored (descriptors reduced to their code value). */
export type AssessmentRow = {
  line: number;
  schoolId: string;
  schoolYear: number;
  localCourseCode: string | null;
  sectionIdentifier: string | null;
  assessmentIdentifier: string;
  assessmentTitle: string | null;
  subject: string;
  gradeLevel: string;
  administrationDate: string;
  numberTested: number;
  numberProficient: number;
  averageScore: number | null;
};

export type ReadResult =
  | { ok: true; rows: AssessmentRow[] }
  | { ok: false; tooManyRows: true }
  | { ok: false; tooManyRows: false; issues: AssessmentRowIssue[] };

const MAX_TESTED = 100_000;

/** Ed-Fi descriptors travel as `uri://ed-fi.org/AcademicSubjectDescriptor#Mathematics`; we keep the code value. */
export const descriptorCode = (value: string) => {
  const hash = value.lastIndexOf('#');
  return (hash >= 0 && value.includes('://') ? value.slice(hash + 1) : value).trim();
};

const isDate = (value: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};

/** The natural key of a result: one class (or grade) of one school on one administration of one assessment. */
export const naturalKey = (row: Omit<AssessmentRow, 'line'>) =>
  [
    row.schoolId,
    row.assessmentIdentifier,
    row.administrationDate,
    row.gradeLevel,
    row.sectionIdentifier ?? '',
    row.localCourseCode ?? '',
  ].join('\u0000');

/**
 * Reads and checks a file against the template. Pure and total: every problem found is returned
 * with its line and column, so the person can fix the whole file at once.
 */
export function readAssessmentCsv(text: string, t: AssessmentTranslate): ReadResult {
  const delimiter = detectDelimiter(text);
  const { records, unclosedQuoteRecord, recordLines } = parseCsvRecords(text, delimiter);
  // Problems name the physical line a record starts on (what a text editor shows), not its record number.
  const lineOf = (index: number) => recordLines[index] ?? index + 1;
  const blank = (record: string[]) => record.every((cell) => cell.trim() === '');
  const lines = records.map((cells, index) => ({ cells, line: lineOf(index) })).filter(({ cells }) => !blank(cells));
  if (lines.length === 0) return fail([{ line: 0, column: '', message: t('empty') }], t);
  if (lines.length - 1 > ASSESSMENT_LIMITS.rows) return { ok: false, tooManyRows: true };

  const issues: AssessmentRowIssue[] = [];
  if (unclosedQuoteRecord !== null)
    issues.push({ line: lineOf(unclosedQuoteRecord - 1), column: '', message: t('unclosedQuote') });

  const [head, ...body] = lines as [(typeof lines)[number], ...typeof lines];
  const headers = head.cells.map((cell) => cell.trim());
  const position = new Map<AssessmentColumn, number>();
  headers.forEach((header, index) => {
    if (identifiesStudents(header)) issues.push({ line: head.line, column: header, message: t('studentColumn') });
    else {
      const column = columnOf(header);
      if (!column)
        issues.push({
          line: head.line,
          column: header,
          message: t('unknownColumn', { columns: COLUMN_NAMES.join(', ') }),
        });
      else if (position.has(column)) issues.push({ line: head.line, column, message: t('duplicateColumn') });
      else position.set(column, index);
    }
  });
  for (const column of ASSESSMENT_COLUMNS)
    if (column.required && !position.has(column.name))
      issues.push({ line: head.line, column: column.name, message: t('missingColumn') });
  // A header that is wrong makes every row's problems noise: report the header alone.
  if (issues.length > 0) return fail(issues, t);
  if (body.length === 0) return fail([{ line: head.line, column: '', message: t('noRows') }], t);

  const rows: AssessmentRow[] = [];
  const firstLineOf = new Map<string, number>();
  for (const { cells, line } of body) {
    const before = issues.length;
    if (cells.length !== headers.length)
      issues.push({ line, column: '', message: t('cellCount', { found: cells.length, expected: headers.length }) });
    const cell = (column: AssessmentColumn) => {
      const index = position.get(column);
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    const problem = (column: AssessmentColumn, message: string) => issues.push({ line, column, message });
    const text = (column: AssessmentColumn, required: boolean): string | null => {
      const value = cell(column);
      if (value === '') {
        if (required) problem(column, t('required'));
        return null;
      }
      if (value.length > ASSESSMENT_LIMITS.text) problem(column, t('tooLong', { max: ASSESSMENT_LIMITS.text }));
      return value;
    };
    const whole = (column: AssessmentColumn, min: number, max: number) => {
      const value = cell(column);
      const n = /^\d{1,9}$/.test(value) ? Number(value) : Number.NaN;
      if (n >= min && n <= max) return n;
      problem(column, value === '' ? t('required') : t('wholeNumber', { min, max }));
      return null;
    };

    const schoolId = text('SchoolId', true);
    const yearText = cell('SchoolYear');
    const schoolYear =
      /^\d{4}$/.test(yearText) && Number(yearText) >= 1990 && Number(yearText) <= 2100 ? Number(yearText) : null;
    if (schoolYear === null) problem('SchoolYear', yearText === '' ? t('required') : t('schoolYear'));
    const localCourseCode = text('LocalCourseCode', false);
    const sectionIdentifier = text('SectionIdentifier', false);
    const assessmentIdentifier = text('AssessmentIdentifier', true);
    const assessmentTitle = text('AssessmentTitle', false);
    const subjectText = text('AcademicSubjectDescriptor', true);
    const subject = subjectText === null ? null : descriptorCode(subjectText);
    if (subjectText !== null && subject === '') problem('AcademicSubjectDescriptor', t('required'));
    const gradeText = text('GradeLevelDescriptor', true);
    const gradeLevel = gradeText === null ? null : descriptorCode(gradeText);
    if (gradeText !== null && gradeLevel === '') problem('GradeLevelDescriptor', t('required'));
    const dateText = cell('AdministrationDate');
    const administrationDate = isDate(dateText) ? dateText : null;
    if (administrationDate === null) problem('AdministrationDate', dateText === '' ? t('required') : t('date'));
    const numberTested = whole('NumberTested', 1, MAX_TESTED);
    const numberProficient = whole('NumberProficient', 0, MAX_TESTED);
    if (numberTested !== null && numberProficient !== null && numberProficient > numberTested)
      problem('NumberProficient', t('proficientOverTested', { proficient: numberProficient, tested: numberTested }));
    const scoreText = cell('AverageScaleScore');
    // Spreadsheets in Spanish write a decimal comma, and save with semicolons so it stays intact.
    // In a comma (or tab) file a comma inside a number is ambiguous: "1,234" may be a thousands
    // separator, so it is refused rather than read as 1.234.
    const decimalComma = delimiter === ';';
    const score =
      scoreText === ''
        ? null
        : (decimalComma ? /^-?\d{1,7}([.,]\d{1,4})?$/ : /^-?\d{1,7}(\.\d{1,4})?$/).test(scoreText)
          ? Number(scoreText.replace(',', '.'))
          : Number.NaN;
    if (score !== null && Number.isNaN(score))
      problem('AverageScaleScore', !decimalComma && scoreText.includes(',') ? t('scoreComma') : t('score'));

    if (issues.length > before) continue;
    const row: AssessmentRow = {
      line,
      schoolId: schoolId as string,
      schoolYear: schoolYear as number,
      localCourseCode,
      sectionIdentifier,
      assessmentIdentifier: assessmentIdentifier as string,
      assessmentTitle,
      subject: subject as string,
      gradeLevel: gradeLevel as string,
      administrationDate: administrationDate as string,
      numberTested: numberTested as number,
      numberProficient: numberProficient as number,
      averageScore: score,
    };
    const key = naturalKey(row);
    const first = firstLineOf.get(key);
    if (first !== undefined) {
      issues.push({ line, column: '', message: t('duplicateRow', { line: first }) });
      continue;
    }
    firstLineOf.set(key, line);
    rows.push(row);
  }
  return issues.length > 0 ? fail(issues, t) : { ok: true, rows };
}

/** At most ASSESSMENT_LIMITS.issues problems, then one that counts the rest. */
function fail(issues: AssessmentRowIssue[], t: AssessmentTranslate): ReadResult {
  const max = ASSESSMENT_LIMITS.issues;
  if (issues.length <= max) return { ok: false, tooManyRows: false, issues };
  const rest = issues.length - max;
  return {
    ok: false,
    tooManyRows: false,
    issues: [...issues.slice(0, max), { line: 0, column: '', message: t('moreIssues', { count: rest }) }],
  };
}

/** Rows as a file in the template's layout (the template download, and the round-trip test). */
export function writeAssessmentCsv(rows: readonly Omit<AssessmentRow, 'line'>[]): string {
  const cells = (row: Omit<AssessmentRow, 'line'>): Record<AssessmentColumn, string> => ({
    SchoolId: row.schoolId,
    SchoolYear: String(row.schoolYear),
    LocalCourseCode: row.localCourseCode ?? '',
    SectionIdentifier: row.sectionIdentifier ?? '',
    AssessmentIdentifier: row.assessmentIdentifier,
    AssessmentTitle: row.assessmentTitle ?? '',
    AcademicSubjectDescriptor: row.subject,
    GradeLevelDescriptor: row.gradeLevel,
    AdministrationDate: row.administrationDate,
    NumberTested: String(row.numberTested),
    NumberProficient: String(row.numberProficient),
    AverageScaleScore: row.averageScore === null ? '' : String(row.averageScore),
  });
  return writeCsvRecords([COLUMN_NAMES, ...rows.map((row) => COLUMN_NAMES.map((name) => cells(row)[name]))]);
}
