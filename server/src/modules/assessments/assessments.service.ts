import { createHash } from 'node:crypto';
import {
  type AssessmentTranslate,
  assessmentMessages,
  assessmentTemplate,
  naturalKey,
  readAssessmentCsv,
} from '#core/assessments/index';
import {
  ASSESSMENT_LIMITS,
  type AssessmentImportResult,
  type AssessmentRowIssue,
  type AssessmentSchool,
} from '#core/contracts/assessments';
import type { Locale } from '#core/domain/roles';
import type { Db } from '../../db/client';
import type { Actor } from '../../platform/actor';
import { authorize, found } from '../../platform/authz';
import { HttpProblem } from '../../platform/http/problem';
import { tooLarge } from '../../platform/http/upload';
import { auditRepo } from '../audit';
import { assessmentsPolicy as policy } from './assessments.policy';
import { presentImport } from './assessments.presenter';
import { type ResultValues, assessmentsRepo as repo } from './assessments.repo';

type Deps = { db: Db };
export type ImportInput = { fileName: string; data: Buffer; messages: Locale };

const fileTooLarge = () => tooLarge('The file is over 5 MB or 50,000 rows. Split it and import each part.');

/** The file's problems as a 422: `rows` for people (line, column, message), `errors` for generic clients. */
function rowProblem(issues: AssessmentRowIssue[]) {
  return new HttpProblem({
    status: 422,
    slug: 'unprocessable',
    title: 'Cannot do that',
    detail: 'The file has problems, so nothing was imported. Fix them and import it again.',
    errors: issues.map((issue) => ({
      path: issue.line > 0 ? `line ${issue.line}${issue.column ? `: ${issue.column}` : ''}` : issue.column,
      message: issue.message,
    })),
    extra: { rows: issues },
  });
}

export function createAssessmentsService({ db }: Deps) {
  async function importable(actor: Actor): Promise<AssessmentSchool[]> {
    const all = await repo.schools(db, actor.organizationId);
    return all
      .filter((school) => policy.canImportFor(actor, school.id))
      .map((school) => ({ id: school.id, name: school.name, schoolIdInFile: school.externalId ?? school.id }));
  }

  /** SchoolId → our school: the district's own id (external id) first, else our id. */
  async function schoolResolver(actor: Actor, t: AssessmentTranslate) {
    const all = await repo.schools(db, actor.organizationId);
    const byKey = new Map<string, string>();
    for (const school of all) byKey.set(school.id, school.id);
    for (const school of all) if (school.externalId) byKey.set(school.externalId, school.id);
    return (value: string, line: number, issues: AssessmentRowIssue[]) => {
      const schoolId = byKey.get(value) ?? byKey.get(value.toLowerCase());
      if (!schoolId) issues.push({ line, column: 'SchoolId', message: t('unknownSchool') });
      else if (!policy.canImportFor(actor, schoolId))
        issues.push({ line, column: 'SchoolId', message: t('notYourSchool') });
      return schoolId ?? null;
    };
  }

  return {
    schools: async (actor: Actor) => {
      authorize(policy.canImport(actor));
      return importable(actor);
    },

    async template(actor: Actor) {
      authorize(policy.canImport(actor));
      const [first] = await importable(actor);
      return assessmentTemplate(first?.schoolIdInFile);
    },

    async list(actor: Actor) {
      authorize(policy.canImport(actor));
      const rows = await repo.list(db, actor.organizationId);
      const mine = rows.filter((row) => policy.canManage(actor, row));
      return { items: mine.map((row) => presentImport(row, true)), nextCursor: null };
    },

    async importFile(actor: Actor, input: ImportInput): Promise<AssessmentImportResult & { created: boolean }> {
      authorize(policy.canImport(actor));
      if (input.data.length > ASSESSMENT_LIMITS.bytes) throw fileTooLarge();
      const t = assessmentMessages(input.messages);
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(input.data);
      } catch {
        throw rowProblem([{ line: 0, column: '', message: t('notUtf8') }]);
      }
      const read = readAssessmentCsv(text, t);
      if (!read.ok) {
        if (read.tooManyRows) throw fileTooLarge();
        throw rowProblem(read.issues);
      }

      const issues: AssessmentRowIssue[] = [];
      const resolve = await schoolResolver(actor, t);
      const schoolOf = read.rows.map((row) => resolve(row.schoolId, row.line, issues));
      // Two spellings of one school (its district id and ours) must not hide a repeated row.
      const firstLineOf = new Map<string, number>();
      read.rows.forEach((row, index) => {
        const schoolId = schoolOf[index];
        if (!schoolId) return;
        const key = naturalKey({ ...row, schoolId });
        const first = firstLineOf.get(key);
        if (first === undefined) firstLineOf.set(key, row.line);
        else issues.push({ line: row.line, column: '', message: t('duplicateRow', { line: first }) });
      });
      if (issues.length > 0) throw rowProblem(issues.slice(0, ASSESSMENT_LIMITS.issues));
      const classes = await repo.classesOf(
        db,
        actor.organizationId,
        read.rows.flatMap((row) => (row.sectionIdentifier ? [row.sectionIdentifier] : [])),
      );
      const classSchool = new Map(classes.map((c) => [c.id, c.schoolId]));

      const contentHash = createHash('sha256').update(input.data).digest('hex');
      const dates = read.rows.map((row) => row.administrationDate).sort();
      const schoolIds = [...new Set(schoolOf as string[])].sort();
      let matchedClasses = 0;

      const outcome = await db.transaction(async (tx) => {
        const existing = await repo.findByHash(tx, actor.organizationId, contentHash);
        const imported =
          existing ??
          (await repo.insertImport(tx, {
            organizationId: actor.organizationId,
            importedBy: actor.userId,
            fileName: input.fileName.slice(0, ASSESSMENT_LIMITS.text),
            contentHash,
            schoolIds,
            firstDate: dates[0] as string,
            lastDate: dates[dates.length - 1] as string,
          }));
        const values: ResultValues[] = read.rows.map((row, index) => {
          const schoolId = schoolOf[index] as string;
          const section = row.sectionIdentifier;
          const classId = section && classSchool.get(section) === schoolId ? section : null;
          if (classId) matchedClasses++;
          return {
            organizationId: actor.organizationId,
            importId: imported.id,
            schoolId,
            classId,
            schoolYear: row.schoolYear,
            localCourseCode: row.localCourseCode,
            sectionIdentifier: row.sectionIdentifier,
            assessmentIdentifier: row.assessmentIdentifier,
            assessmentTitle: row.assessmentTitle,
            subject: row.subject,
            gradeLevel: row.gradeLevel,
            administrationDate: row.administrationDate,
            numberTested: row.numberTested,
            numberProficient: row.numberProficient,
            averageScore: row.averageScore,
          };
        });
        await repo.upsertResults(tx, values);
        await repo.dropEmptyImports(tx, actor.organizationId, imported.id);
        if (!existing)
          await auditRepo.record(tx, {
            organizationId: actor.organizationId,
            actorId: actor.userId,
            action: 'assessments.imported',
            targetType: 'assessment_import',
            targetId: imported.id,
            data: { fileName: imported.fileName, rows: values.length, schools: schoolIds.length },
            ip: actor.context.ip,
          });
        return { id: imported.id, created: !existing };
      });
      const row = found(await repo.find(db, actor.organizationId, outcome.id));
      return {
        import: presentImport(row, true),
        replayed: !outcome.created,
        matchedClasses,
        created: outcome.created,
      };
    },

    async remove(actor: Actor, id: string) {
      authorize(policy.canImport(actor), 'hide');
      const row = await repo.find(db, actor.organizationId, id);
      authorize(row !== null && policy.canManage(actor, row), 'hide');
      await db.transaction(async (tx) => {
        await repo.remove(tx, actor.organizationId, id);
        await auditRepo.record(tx, {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: 'assessments.deleted',
          targetType: 'assessment_import',
          targetId: id,
          data: { fileName: row.fileName, rows: row.rowCount },
          ip: actor.context.ip,
        });
      });
    },
  };
}

export type AssessmentsService = ReturnType<typeof createAssessmentsService>;
