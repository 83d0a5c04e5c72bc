import { randomUUID } from 'node:crypto';
import {
  credentialAttempts,
  credentialSubmissions,
  issuedCredentials,
  microCredentials,
} from '../../../src/modules/credentials/credentials.table';
import type { Tenant } from '../../factories';
import { all, type Fixtures, hidden, only, type RouteRow } from '../matrix-kit';

/** A micro-credential asking for one written piece, scored on one criterion; stored directly. */
const buildMicroCredential = async (f: Fixtures, t: Tenant) => {
  const [row] = await f.db
    .insert(microCredentials)
    .values({
      organizationId: t.org.id,
      createdBy: t.coach.id,
      title: { en: 'Matrix credential' },
      description: { en: 'd' },
      competency: { en: 'c' },
      keyMethod: { en: 'k' },
      requirements: [{ id: 'note', kind: 'text', prompt: { en: 'What happened' }, count: 1 }],
      rubric: [{ id: 'quality', name: { en: 'Quality' }, levels: [{ en: 'Low' }, { en: 'High' }], passLevel: 1 }],
    })
    .returning();
  return row!.id;
};
const catalogue = new Map<string, Promise<string>>();
const sharedMicroCredential = (f: Fixtures, t: Tenant) => {
  if (!catalogue.has(t.org.id)) catalogue.set(t.org.id, buildMicroCredential(f, t));
  return catalogue.get(t.org.id)!;
};

/** A fresh submission of the tenant's teacher: a filled draft, or submitted (attempt 1 waiting). */
const buildSubmission = async (f: Fixtures, t: Tenant, submitted: boolean) => {
  const microCredentialId = await buildMicroCredential(f, t);
  const [row] = await f.db
    .insert(credentialSubmissions)
    .values({
      organizationId: t.org.id,
      microCredentialId,
      teacherId: t.teacher.id,
      status: submitted ? 'submitted' : 'draft',
      attemptCount: submitted ? 1 : 0,
      draft: {
        evidence: [{ requirementId: 'note', type: 'text', text: 'Most students chose B.' }],
        reflections: { note: 'I retaught it.' },
      },
    })
    .returning();
  if (submitted)
    await f.db.insert(credentialAttempts).values({
      organizationId: t.org.id,
      submissionId: row!.id,
      number: 1,
      evidence: [],
      reflections: { note: 'I retaught it.' },
    });
  return row!.id;
};
const waiting = new Map<string, Promise<string>>();
const sharedSubmitted = (f: Fixtures, t: Tenant) => {
  if (!waiting.has(t.org.id)) waiting.set(t.org.id, buildSubmission(f, t, true));
  return waiting.get(t.org.id)!;
};

/** An issued credential (its document need not verify: the matrix checks who may ask, not the proof). */
const issued = new Map<string, Promise<string>>();
const issuedCredential = (f: Fixtures, t: Tenant) => {
  if (!issued.has(t.org.id))
    issued.set(
      t.org.id,
      (async () => {
        const id = randomUUID();
        await f.db.insert(issuedCredentials).values({
          id,
          organizationId: t.org.id,
          submissionId: await sharedSubmitted(f, t),
          earnerId: t.teacher.id,
          document: {
            '@context': ['https://www.w3.org/ns/credentials/v2'],
            id: `urn:uuid:${id}`,
            issuer: { name: 'x' },
            validFrom: '2026-01-01T00:00:00Z',
            credentialSubject: { name: 'y', achievement: { name: 'z' } },
          },
        });
        return id;
      })(),
    );
  return issued.get(t.org.id)!;
};

/** A fresh issued credential each time (revoking one twice is a 409). */
const freshIssued = async (f: Fixtures, t: Tenant) => {
  const id = randomUUID();
  await f.db.insert(issuedCredentials).values({
    id,
    organizationId: t.org.id,
    submissionId: await buildSubmission(f, t, true),
    earnerId: t.teacher.id,
    document: { id: `urn:uuid:${id}` },
  });
  return id;
};

/** The district's reviewers: coaches, school leaders and admins. */
const reviewers = (status: number) => ({ admin: status, leader: status, coach: status });

export const credentialRows: RouteRow[] = [
  {
    method: 'GET',
    path: '/api/v1/credentials',
    request: () => ({ method: 'GET', url: '/api/v1/credentials' }),
    own: all(200),
  },
  {
    method: 'POST',
    path: '/api/v1/credentials',
    request: () => ({
      method: 'POST',
      url: '/api/v1/credentials',
      body: {
        title: { en: 'Matrix' },
        description: { en: 'd' },
        competency: { en: 'c' },
        keyMethod: { en: 'k' },
        requirements: [{ id: 'note', kind: 'text', prompt: { en: 'p' }, count: 1 }],
        rubric: [{ id: 'q', name: { en: 'Q' }, levels: [{ en: 'a' }, { en: 'b' }], passLevel: 1 }],
      },
    }),
    own: only({ admin: 201, coach: 201 }),
  },
  {
    method: 'GET',
    path: '/api/v1/credentials/submissions',
    request: () => ({ method: 'GET', url: '/api/v1/credentials/submissions' }),
    own: all(200),
  },
  {
    method: 'GET',
    path: '/api/v1/credentials/reviews',
    request: () => ({ method: 'GET', url: '/api/v1/credentials/reviews' }),
    own: only(reviewers(200)),
  },
  {
    method: 'GET',
    path: '/api/v1/credentials/:id',
    request: async (f, t) => ({ method: 'GET', url: `/api/v1/credentials/${await sharedMicroCredential(f, t)}` }),
    own: all(200),
    otherTenant: hidden(),
  },
  {
    method: 'PATCH',
    path: '/api/v1/credentials/:id',
    request: async (f, t) => ({
      method: 'PATCH',
      url: `/api/v1/credentials/${await buildMicroCredential(f, t)}`,
      body: { title: { en: 'Renamed' } },
    }),
    own: only({ admin: 200, coach: 200 }),
    otherTenant: hidden(),
  },
  {
    method: 'GET',
    path: '/api/v1/credentials/:id/source',
    request: async (f, t) => ({
      method: 'GET',
      url: `/api/v1/credentials/${await sharedMicroCredential(f, t)}/source`,
    }),
    own: only({ admin: 200, coach: 200 }),
    otherTenant: hidden(),
  },
  {
    method: 'GET',
    path: '/api/v1/credentials/issued',
    request: () => ({ method: 'GET', url: '/api/v1/credentials/issued' }),
    own: only({ admin: 200 }),
  },
  {
    method: 'POST',
    path: '/api/v1/credentials/issued/:id/revoke',
    request: async (f, t) => ({
      method: 'POST',
      url: `/api/v1/credentials/issued/${await freshIssued(f, t)}/revoke`,
      body: { reason: 'Issued in error.' },
    }),
    own: only({ admin: 200 }),
    // Revoking is an admin's act: others learn only that they may not (403), never whether it exists.
    otherTenant: hidden({ leader: 403, coach: 403, teacher: 403, facilitator: 403 }),
  },
  {
    method: 'POST',
    path: '/api/v1/credentials/:id/submissions',
    request: async (f, t) => ({
      method: 'POST',
      url: `/api/v1/credentials/${await buildMicroCredential(f, t)}/submissions`,
    }),
    own: only({ teacher: 201 }),
    otherTenant: hidden(),
  },
  {
    method: 'GET',
    path: '/api/v1/credentials/submissions/:id',
    request: async (f, t) => ({ method: 'GET', url: `/api/v1/credentials/submissions/${await sharedSubmitted(f, t)}` }),
    own: { anonymous: 401, ...reviewers(200), teacher: 200, facilitator: 404 },
    otherTenant: hidden(),
  },
  {
    method: 'PUT',
    path: '/api/v1/credentials/submissions/:id/draft',
    request: async (f, t) => ({
      method: 'PUT',
      url: `/api/v1/credentials/submissions/${await buildSubmission(f, t, false)}/draft`,
      body: { evidence: [], reflections: { note: 'Still thinking.' } },
    }),
    // A draft is its teacher's alone: reviewers do not know it exists.
    own: { anonymous: 401, ...reviewers(404), teacher: 200, facilitator: 404 },
    otherTenant: hidden(),
  },
  {
    method: 'POST',
    path: '/api/v1/credentials/submissions/:id/submit',
    request: async (f, t) => ({
      method: 'POST',
      url: `/api/v1/credentials/submissions/${await buildSubmission(f, t, false)}/submit`,
    }),
    own: { anonymous: 401, ...reviewers(404), teacher: 200, facilitator: 404 },
    otherTenant: hidden(),
  },
  {
    method: 'POST',
    path: '/api/v1/credentials/submissions/:id/review',
    request: async (f, t) => ({
      method: 'POST',
      url: `/api/v1/credentials/submissions/${await buildSubmission(f, t, true)}/review`,
      body: { scores: [{ criterionId: 'quality', level: 0 }] },
    }),
    // Its teacher reads it but never reviews it.
    own: { anonymous: 401, ...reviewers(200), teacher: 403, facilitator: 404 },
    otherTenant: hidden(),
  },
  {
    method: 'GET',
    path: '/api/v1/public/issuers/:id',
    request: (_f, t) => ({ method: 'GET', url: `/api/v1/public/issuers/${t.org.id}` }),
    own: all(200, 200),
  },
  {
    method: 'GET',
    path: '/api/v1/public/credentials/:id',
    request: async (f, t) => ({ method: 'GET', url: `/api/v1/public/credentials/${await issuedCredential(f, t)}` }),
    own: all(200, 200),
  },
  {
    method: 'GET',
    path: '/api/v1/public/credentials/:id/download',
    request: async (f, t) => ({
      method: 'GET',
      url: `/api/v1/public/credentials/${await issuedCredential(f, t)}/download`,
    }),
    own: all(200, 200),
  },
];
