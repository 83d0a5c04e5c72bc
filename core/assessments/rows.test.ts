import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLUMN_NAMES, identifiesStudents } from './columns';
import { assessmentMessages } from './messages';
import { type AssessmentRow, naturalKey, readAssessmentCsv, writeAssessmentCsv } from './rows';
import { assessmentTemplate } from './template';

const en = assessmentMessages('en');
const es = assessmentMessages('es');
const HEADER = COLUMN_NAMES.join(',');
const GOOD = 'S1,2026,MATH-05,S-1,INTERIM,Math interim,Mathematics,Fifth grade,2026-01-20,24,15,512.5';

const issuesOf = (text: string, t = en) => {
  const result = readAssessmentCsv(text, t);
  if (result.ok || result.tooManyRows) throw new Error('expected issues');
  return result.issues;
};

describe('reading the class-level assessment file', () => {
  it('reads a good row, reducing Ed-Fi descriptor URIs to their code value', () => {
    const file = `${HEADER}\r\nS1,2026,,,A1,,uri://ed-fi.org/AcademicSubjectDescriptor#Mathematics,uri://ed-fi.org/GradeLevelDescriptor#Fifth grade,2026-01-20,24,15,`;
    const result = readAssessmentCsv(file, en);
    expect(result).toEqual({
      ok: true,
      rows: [
        {
          line: 2,
          schoolId: 'S1',
          schoolYear: 2026,
          localCourseCode: null,
          sectionIdentifier: null,
          assessmentIdentifier: 'A1',
          assessmentTitle: null,
          subject: 'Mathematics',
          gradeLevel: 'Fifth grade',
          administrationDate: '2026-01-20',
          numberTested: 24,
          numberProficient: 15,
          averageScore: null,
        },
      ],
    });
  });

  it('accepts headers in any order and case, a BOM, semicolons and a decimal comma', () => {
    const file = `\uFEFFnumbertested;SchoolId;SchoolYear;AssessmentIdentifier;AcademicSubjectDescriptor;GradeLevelDescriptor;AdministrationDate;NumberProficient;AverageScaleScore\n30;S9;2025;X;Lenguaje;3;2025-11-02;12;498,25\n\n`;
    const result = readAssessmentCsv(file, en);
    expect(result.ok && result.rows[0]).toMatchObject({ schoolId: 'S9', numberTested: 30, averageScore: 498.25 });
  });

  it('lists every bad cell with its line and column', () => {
    const file = [HEADER, GOOD, 'S1,26,,,A,,M,5,2026-13-01,0,1,abc', ',2026,,,,,,,2026-01-20,10,11,'].join('\n');
    const issues = issuesOf(file);
    expect(issues.map((i) => `${i.line}:${i.column}`)).toEqual([
      '3:SchoolYear',
      '3:AdministrationDate',
      '3:NumberTested',
      '3:AverageScaleScore',
      '4:SchoolId',
      '4:AssessmentIdentifier',
      '4:AcademicSubjectDescriptor',
      '4:GradeLevelDescriptor',
      '4:NumberProficient',
    ]);
    expect(issues.find((i) => i.line === 4 && i.column === 'NumberProficient')?.message).toBe(
      'NumberProficient (11) cannot be more than NumberTested (10).',
    );
  });

  it('speaks Spanish when asked', () => {
    const [issue] = issuesOf(`${HEADER}\nS1,2026,,,A,,M,5,20-01-2026,10,5,`, es);
    expect(issue).toEqual({
      line: 2,
      column: 'AdministrationDate',
      message: 'Una fecha con el formato AAAA-MM-DD (p. ej. 2026-03-15).',
    });
  });

  it('refuses columns that identify students, and unknown or missing columns, before reading rows', () => {
    const issues = issuesOf(`StudentUniqueId,FirstName,Colour,${HEADER.replace('NumberTested,', '')}\n1,Ana,red,x`);
    expect(issues.map((i) => `${i.column}`)).toEqual(['StudentUniqueId', 'FirstName', 'Colour', 'NumberTested']);
    expect(issues[0]?.message).toContain('identifies students');
    for (const header of ['StudentUSI', 'student_id', 'LastSurname', 'BirthDate', 'Email', 'Nombre del estudiante'])
      expect(identifiesStudents(header), header).toBe(true);
    for (const header of COLUMN_NAMES) expect(identifiesStudents(header), header).toBe(false);
  });

  it('flags a repeated row and a row with the wrong number of cells', () => {
    const issues = issuesOf([HEADER, GOOD, 'S1,2026', GOOD].join('\n'));
    expect(issues).toEqual([
      { line: 3, column: '', message: 'This row has 2 cells; the header has 12.' },
      expect.objectContaining({ line: 3, column: 'AssessmentIdentifier' }),
      expect.objectContaining({ line: 3, column: 'AcademicSubjectDescriptor' }),
      expect.objectContaining({ line: 3, column: 'GradeLevelDescriptor' }),
      expect.objectContaining({ line: 3, column: 'AdministrationDate' }),
      expect.objectContaining({ line: 3, column: 'NumberTested' }),
      expect.objectContaining({ line: 3, column: 'NumberProficient' }),
      { line: 4, column: '', message: 'Same school, assessment, date, grade and section as line 2.' },
    ]);
  });

  it('an empty file, a header alone, and too many rows', () => {
    expect(issuesOf('')[0]?.message).toBe('The file is empty.');
    expect(issuesOf(`${HEADER}\n`)[0]?.message).toBe('The file has a header but no results.');
    const many = [HEADER, ...Array.from({ length: 50_001 }, () => GOOD)].join('\n');
    expect(readAssessmentCsv(many, en)).toEqual({ ok: false, tooManyRows: true });
  });

  it('caps the listed problems and counts the rest', () => {
    const bad = [HEADER, ...Array.from({ length: 300 }, () => 'S1,x,,,A,,M,5,2026-01-20,1,0,')].join('\n');
    const issues = issuesOf(bad);
    expect(issues).toHaveLength(201);
    expect(issues.at(-1)?.message).toBe('…and 100 more problems. Fix these first, then import again.');
  });

  it('the template reads back without problems', () => {
    const result = readAssessmentCsv(assessmentTemplate('S1'), en);
    expect(result.ok && result.rows.length).toBe(2);
  });
});

const text = (min = 1) =>
  fc
    .string({ minLength: min, maxLength: 30 })
    .map((s) => s.trim())
    .filter((s) => s.length >= min && !s.includes('#'));
const row: fc.Arbitrary<Omit<AssessmentRow, 'line'>> = fc
  .record({
    schoolId: text(),
    schoolYear: fc.integer({ min: 1990, max: 2100 }),
    localCourseCode: fc.option(text(), { nil: null }),
    sectionIdentifier: fc.option(text(), { nil: null }),
    assessmentIdentifier: text(),
    assessmentTitle: fc.option(text(), { nil: null }),
    subject: text(),
    gradeLevel: text(),
    administrationDate: fc
      .date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    numberTested: fc.integer({ min: 1, max: 100_000 }),
    proficientShare: fc.double({ min: 0, max: 1, noNaN: true }),
    averageScore: fc.option(
      fc.integer({ min: -9_999_999, max: 9_999_999 }).map((n) => n / 100),
      { nil: null },
    ),
  })
  .map(({ proficientShare, ...r }) => ({ ...r, numberProficient: Math.floor(r.numberTested * proficientShare) }));

describe('numbers and line numbers that used to come out wrong', () => {
  it('refuses a comma inside a number in a comma file, with a clear message in both languages', () => {
    const file = `${HEADER}\nS1,2026,,,A1,,Mathematics,5,2026-01-20,24,15,"1,234"\n`;
    const issues = issuesOf(file);
    expect(issues).toEqual([{ line: 2, column: 'AverageScaleScore', message: en('scoreComma') }]);
    expect(issues[0]?.message).toMatch(/point/);
    expect(issuesOf(file, es)[0]?.message).toMatch(/punto y coma/);
  });

  it('refuses a decimal comma in a tab file too, and accepts it with semicolons', () => {
    const tab = `${COLUMN_NAMES.join('\t')}\nS1\t2026\t\t\tA1\t\tMathematics\t5\t2026-01-20\t24\t15\t498,25\n`;
    expect(issuesOf(tab).map((i) => i.message)).toEqual([en('scoreComma')]);
    const semi = `${COLUMN_NAMES.join(';')}\nS1;2026;;;A1;;Mathematics;5;2026-01-20;24;15;1,234\n`;
    const result = readAssessmentCsv(semi, en);
    expect(result.ok && result.rows[0]?.averageScore).toBe(1.234);
  });

  it('names the physical line a record starts on when a quoted cell holds a line break', () => {
    const file = [
      HEADER,
      'S1,2026,,,A1,"Math\ninterim, two lines",Mathematics,5,2026-01-20,24,15,',
      'S1,2026,,,A2,,Mathematics,5,2026-01-20,24,30,',
    ].join('\r\n');
    const issues = issuesOf(file);
    expect(issues.map((i) => `${i.line}:${i.column}`)).toEqual(['4:NumberProficient']);
    const good = readAssessmentCsv(file.replace(',30,', ',3,'), en);
    expect(good.ok && good.rows.map((row) => row.line)).toEqual([2, 4]);
  });

  it('names the physical line of a quote that is never closed', () => {
    const file = `${HEADER}\nS1,2026,,,A1,"two\nlines",Mathematics,5,2026-01-20,24,15,\nS1,2026,,,A2,"open,Mathematics,5,2026-01-20,24,15,\n`;
    expect(issuesOf(file).find((i) => i.message === en('unclosedQuote'))?.line).toBe(4);
  });
});

describe('property: any valid set of rows round-trips', () => {
  it('write → read gives the same rows', () => {
    fc.assert(
      fc.property(fc.uniqueArray(row, { minLength: 1, maxLength: 20, selector: naturalKey }), (rows) => {
        const result = readAssessmentCsv(writeAssessmentCsv(rows), en);
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.rows.map(({ line: _, ...r }) => r)).toEqual(rows);
      }),
      { numRuns: 200 },
    );
  });
});
