import { assessmentImports, assessmentResults } from '../../../src/modules/assessments/assessments.table';
import type { Tenant } from '../../factories';
import { all, type Fixtures, hidden, only, type RouteRow, unique } from '../matrix-kit';

const HEADER =
  'SchoolId,SchoolYear,AssessmentIdentifier,AcademicSubjectDescriptor,GradeLevelDescriptor,AdministrationDate,NumberTested,NumberProficient';

/** A one-row file for the tenant's school, new each call so it is never a re-import. */
const csv = (t: Tenant) => ({
  payload: Buffer.from(`${HEADER}\n${t.school.id},2026,MATRIX-${unique()},Mathematics,Fifth grade,2026-01-20,24,15\n`),
  headers: { 'content-type': 'text/csv', 'x-requested-with': 'conecta' },
});

/** An import of the tenant's school by its district admin, stored directly. */
const buildImport = async (f: Fixtures, t: Tenant) => {
  const [imported] = await f.db
    .insert(assessmentImports)
    .values({
      organizationId: t.org.id,
      importedBy: t.admin.id,
      fileName: 'matrix.csv',
      contentHash: unique(),
      schoolIds: [t.school.id],
      firstDate: '2026-01-20',
      lastDate: '2026-01-20',
    })
    .returning();
  await f.db.insert(assessmentResults).values({
    organizationId: t.org.id,
    importId: imported!.id,
    schoolId: t.school.id,
    schoolYear: 2026,
    assessmentIdentifier: `MATRIX-${unique()}`,
    subject: 'Mathematics',
    gradeLevel: 'Fifth grade',
    administrationDate: '2026-01-20',
    numberTested: 24,
    numberProficient: 15,
  });
  return imported!.id;
};

/** District admins for any school, school leaders for their own; no one else imports student results. */
const importers = (status: number) => only({ admin: status, leader: status });

export const assessmentRows: RouteRow[] = [
  {
    method: 'GET',
    path: '/api/v1/assessments/template.csv',
    request: () => ({ method: 'GET', url: '/api/v1/assessments/template.csv' }),
    own: importers(200),
  },
  {
    method: 'GET',
    path: '/api/v1/assessments/schools',
    request: () => ({ method: 'GET', url: '/api/v1/assessments/schools' }),
    own: importers(200),
  },
  {
    method: 'GET',
    path: '/api/v1/assessments/imports',
    request: () => ({ method: 'GET', url: '/api/v1/assessments/imports' }),
    own: importers(200),
  },
  {
    method: 'POST',
    path: '/api/v1/assessments/imports',
    request: (_f, t) => ({ method: 'POST', url: '/api/v1/assessments/imports', raw: csv(t) }),
    own: importers(201),
    // Another district's school is not one of ours: each row is refused (422), nothing stored.
    otherTenant: { admin: 422, leader: 422, coach: 403, teacher: 403, facilitator: 403 },
  },
  {
    method: 'DELETE',
    path: '/api/v1/assessments/imports/:id',
    request: async (f, t) => ({
      method: 'DELETE',
      url: `/api/v1/assessments/imports/${await buildImport(f, t)}`,
      raw: { payload: Buffer.alloc(0), headers: { 'content-type': 'text/plain', 'x-requested-with': 'conecta' } },
    }),
    own: { ...all(404), anonymous: 401, admin: 204, leader: 204 },
    otherTenant: hidden(),
  },
];
