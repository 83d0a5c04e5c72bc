import { randomUUID } from 'node:crypto';
import {
  all,
  buildEvaluativeObservation,
  buildObservation,
  builtInLookFor,
  builtInPractice,
  hidden,
  observedOnly,
  observerOnly,
  only,
  type RouteRow,
  sharedObservation,
} from '../matrix-kit';

export const observationRows: RouteRow[] = [
  // ── observations (a coaching visit by the coach to the teacher: nobody else knows it exists) ──
  {
    method: 'POST',
    path: '/api/v1/observations',
    request: (_f, t) => ({
      method: 'POST',
      url: '/api/v1/observations',
      body: { teacherId: t.teacher.id, kind: 'coaching', scheduledAt: '2099-03-02T09:00:00Z' },
    }),
    own: only({ coach: 201, leader: 201 }),
    // Another tenant's teacher is not a teacher here.
    otherTenant: { admin: 403, leader: 422, coach: 422, teacher: 403, facilitator: 403 },
  },
  {
    method: 'GET',
    path: '/api/v1/observations',
    request: () => ({ method: 'GET', url: '/api/v1/observations?role=observed' }),
    own: all(200),
  },
  {
    method: 'GET',
    path: '/api/v1/observations/:id',
    request: async (f, t) => ({ method: 'GET', url: `/api/v1/observations/${await sharedObservation(f, t)}` }),
    own: { ...all(404), anonymous: 401, coach: 200, teacher: 200 },
    otherTenant: hidden(),
  },
  {
    method: 'PATCH',
    path: '/api/v1/observations/:id',
    request: async (f, t) => ({
      method: 'PATCH',
      url: `/api/v1/observations/${await buildObservation(f, t)}`,
      body: { durationMinutes: 30 },
    }),
    own: observerOnly(200),
    otherTenant: hidden(),
  },
  {
    method: 'PUT',
    path: '/api/v1/observations/:id/plan',
    request: async (f, t) => ({
      method: 'PUT',
      url: `/api/v1/observations/${await buildObservation(f, t)}/plan`,
      body: { planId: t.teacherPlan.id },
    }),
    own: observedOnly(200),
    otherTenant: hidden(),
  },
  {
    method: 'POST',
    path: '/api/v1/observations/:id/notes',
    request: async (f, t) => ({
      method: 'POST',
      url: `/api/v1/observations/${await buildObservation(f, t)}/notes`,
      body: { clientId: randomUUID(), at: '2099-03-02T09:05:00Z', text: 'Students turn and talk.' },
    }),
    own: observerOnly(201),
    otherTenant: hidden(),
  },
  {
    method: 'PUT',
    path: '/api/v1/observations/:id/ratings',
    request: async (f, t) => ({
      method: 'PUT',
      url: `/api/v1/observations/${await buildEvaluativeObservation(f, t)}/ratings`,
      body: { ratings: [{ practiceId: await builtInPractice(f), level: 3 }] },
    }),
    // The evaluator is the school leader; the teacher knows the visit but may not rate it.
    own: { ...all(404), anonymous: 401, leader: 200, teacher: 403 },
    otherTenant: hidden(),
  },
  {
    method: 'GET',
    path: '/api/v1/observations/:id/ratings',
    request: async (f, t) => ({
      method: 'GET',
      url: `/api/v1/observations/${await buildEvaluativeObservation(f, t)}/ratings`,
    }),
    own: { ...all(404), anonymous: 401, leader: 200, teacher: 200 },
    otherTenant: hidden(),
  },
  {
    method: 'PUT',
    path: '/api/v1/observations/:id/tallies',
    request: async (f, t) => ({
      method: 'PUT',
      url: `/api/v1/observations/${await buildObservation(f, t)}/tallies`,
      body: { counts: { [await builtInLookFor(f)]: 3 } },
    }),
    own: observerOnly(200),
    otherTenant: hidden(),
  },
  {
    method: 'GET',
    path: '/api/v1/observations/:id/notes',
    request: async (f, t) => ({ method: 'GET', url: `/api/v1/observations/${await sharedObservation(f, t)}/notes` }),
    own: { ...all(404), anonymous: 401, coach: 200, teacher: 200 },
    otherTenant: hidden(),
  },
  {
    method: 'PUT',
    path: '/api/v1/observations/:id/feedback',
    request: async (f, t) => ({
      method: 'PUT',
      url: `/api/v1/observations/${await buildObservation(f, t)}/feedback`,
      body: {
        strength: 'Clear modelling.',
        growthArea: 'Checking for understanding.',
        actionStep: { text: 'Ask a hinge question.', howToPractise: 'Script it tonight.' },
        share: true,
      },
    }),
    own: observerOnly(200),
    otherTenant: hidden(),
  },
  {
    method: 'POST',
    path: '/api/v1/observations/:id/response',
    request: async (f, t) => ({
      method: 'POST',
      url: `/api/v1/observations/${await buildObservation(f, t, true)}/response`,
      body: { text: 'I will try it on Monday.' },
    }),
    own: observedOnly(200),
    otherTenant: hidden(),
  },
  {
    method: 'POST',
    path: '/api/v1/observations/:id/follow-up',
    request: async (f, t) => ({
      method: 'POST',
      url: `/api/v1/observations/${await buildObservation(f, t, true)}/follow-up`,
      body: { actionStepProgress: 'done', note: 'Used it every day.' },
    }),
    own: observerOnly(200),
    otherTenant: hidden(),
  },
];
