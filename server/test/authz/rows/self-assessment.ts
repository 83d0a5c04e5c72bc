import { CPL_INSTRUMENT, CPL_VERSION } from '#core/cpl/index';
import { selfAssessments } from '../../../src/modules/self-assessment/self-assessment.table';
import type { Tenant } from '../../factories';
import { type Fixtures, only, type RouteRow } from '../matrix-kit';

/**
 * The district's self-assessment: no record ids — each caller only reaches its own district's
 * school years. Admins edit, submit and reopen; admins and school leaders read; everyone else is
 * refused. Rows that change state use a school year of their own per call.
 */
const YEAR = '2025-26';
// Years the contract accepts (2000-01 … 2099-00), a fresh one per stored row.
let next = 2000 + Math.floor(Math.random() * 30);
const freshYear = () => {
  next += 1;
  return `${next}-${String((next + 1) % 100).padStart(2, '0')}`;
};
const oneEach = Object.fromEntries(CPL_INSTRUMENT.map((d) => [d.subDimensions[0]!.items[0]!.id, 3]));

/** A stored self-assessment of the tenant for a fresh year: a full draft, or a submitted one. */
async function stored(f: Fixtures, t: Tenant, status: 'draft' | 'submitted') {
  const schoolYear = freshYear();
  await f.db.insert(selfAssessments).values({
    organizationId: t.org.id,
    schoolYear,
    instrumentVersion: CPL_VERSION,
    status,
    answers: oneEach,
    updatedBy: t.admin.id,
    ...(status === 'submitted' ? { submittedAt: new Date(), submittedBy: t.admin.id } : {}),
  });
  return schoolYear;
}

const readers = (status: number) => only({ admin: status, leader: status });
const editors = (status: number) => only({ admin: status });

export const selfAssessmentRows: RouteRow[] = [
  {
    method: 'GET',
    path: '/api/v1/self-assessments',
    request: () => ({ method: 'GET', url: '/api/v1/self-assessments' }),
    own: readers(200),
  },
  {
    method: 'GET',
    path: '/api/v1/self-assessments/:schoolYear',
    request: () => ({ method: 'GET', url: `/api/v1/self-assessments/${YEAR}` }),
    own: readers(200),
  },
  {
    method: 'PATCH',
    path: '/api/v1/self-assessments/:schoolYear',
    request: () => ({
      method: 'PATCH',
      url: `/api/v1/self-assessments/${freshYear()}`,
      body: { answers: { 'time.amount.1': 3 } },
    }),
    own: editors(200),
  },
  {
    method: 'POST',
    path: '/api/v1/self-assessments/:schoolYear/submit',
    request: async (f, t) => ({
      method: 'POST',
      url: `/api/v1/self-assessments/${await stored(f, t, 'draft')}/submit`,
    }),
    own: editors(200),
  },
  {
    method: 'POST',
    path: '/api/v1/self-assessments/:schoolYear/reopen',
    request: async (f, t) => ({
      method: 'POST',
      url: `/api/v1/self-assessments/${await stored(f, t, 'submitted')}/reopen`,
    }),
    own: editors(200),
  },
  {
    method: 'GET',
    path: '/api/v1/self-assessments/:schoolYear/results',
    request: () => ({ method: 'GET', url: `/api/v1/self-assessments/${YEAR}/results` }),
    own: readers(200),
  },
  {
    method: 'GET',
    path: '/api/v1/self-assessments/:schoolYear/results.csv',
    request: () => ({ method: 'GET', url: `/api/v1/self-assessments/${YEAR}/results.csv` }),
    own: readers(200),
  },
];
