import { inquiries, inquiryLinks } from '../../../src/modules/inquiry/inquiry.table';
import type { Tenant } from '../../factories';
import { all, type Fixtures, hidden, only, type RouteRow } from '../matrix-kit';

/** An open inquiry of the tenant's teacher, stored directly: every caller meets a fresh one. */
const buildInquiry = async (f: Fixtures, t: Tenant) => {
  const [row] = await f.db
    .insert(inquiries)
    .values({
      organizationId: t.org.id,
      ownerId: t.teacher.id,
      question: 'If I use exit tickets, will my students explain their method?',
    })
    .returning();
  return row!.id;
};

const withLink = async (f: Fixtures, t: Tenant) => {
  const inquiryId = await buildInquiry(f, t);
  const [link] = await f.db
    .insert(inquiryLinks)
    .values({ organizationId: t.org.id, inquiryId, kind: 'card', targetId: 'exit-tickets', createdBy: t.teacher.id })
    .returning();
  return { inquiryId, linkId: link!.id };
};

/** Only the owner knows it exists: coaches, leaders and admins get 404 (growth, not surveillance). */
const owner = (status: number) => ({ ...all(404), anonymous: 401, teacher: status });

export const inquiryRows: RouteRow[] = [
  {
    method: 'POST',
    path: '/api/v1/inquiries',
    request: () => ({
      method: 'POST',
      url: '/api/v1/inquiries',
      body: { question: 'If I add sentence frames, will my students cite evidence?' },
    }),
    own: only({ teacher: 201, coach: 201 }),
  },
  {
    method: 'GET',
    path: '/api/v1/inquiries',
    request: () => ({ method: 'GET', url: '/api/v1/inquiries' }),
    own: all(200),
  },
  {
    method: 'GET',
    path: '/api/v1/inquiries/:id',
    request: async (f, t) => ({ method: 'GET', url: `/api/v1/inquiries/${await buildInquiry(f, t)}` }),
    own: owner(200),
    otherTenant: hidden(),
  },
  {
    method: 'PATCH',
    path: '/api/v1/inquiries/:id',
    request: async (f, t) => ({
      method: 'PATCH',
      url: `/api/v1/inquiries/${await buildInquiry(f, t)}`,
      body: { prediction: 'More than half will explain their method.' },
    }),
    own: owner(200),
    otherTenant: hidden(),
  },
  {
    method: 'POST',
    path: '/api/v1/inquiries/:id/links',
    request: async (f, t) => ({
      method: 'POST',
      url: `/api/v1/inquiries/${await buildInquiry(f, t)}/links`,
      body: { kind: 'plan', targetId: t.teacherPlan.id },
    }),
    own: owner(201),
    otherTenant: hidden(),
  },
  {
    method: 'DELETE',
    path: '/api/v1/inquiries/:id/links/:linkId',
    request: async (f, t) => {
      const { inquiryId, linkId } = await withLink(f, t);
      return { method: 'DELETE', url: `/api/v1/inquiries/${inquiryId}/links/${linkId}` };
    },
    own: owner(204),
    otherTenant: hidden(),
  },
  {
    method: 'POST',
    path: '/api/v1/inquiries/:id/close',
    request: async (f, t) => ({
      method: 'POST',
      url: `/api/v1/inquiries/${await buildInquiry(f, t)}/close`,
      body: { summary: 'Exit tickets with frames: adopt.' },
    }),
    own: owner(200),
    otherTenant: hidden(),
  },
];
