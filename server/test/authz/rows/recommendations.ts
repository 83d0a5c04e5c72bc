import { all, districtCard, hidden, type RouteRow } from '../matrix-kit';

/** Everyone signed in gets their own recommendations and trials; another district's card is "not found". */
export const recommendationRows: RouteRow[] = [
  {
    method: 'GET',
    path: '/api/v1/recommendations',
    request: () => ({ method: 'GET', url: '/api/v1/recommendations?surface=home&limit=3' }),
    own: all(200),
  },
  {
    method: 'POST',
    path: '/api/v1/recommendations/opened',
    request: async (f, t) => ({
      method: 'POST',
      url: '/api/v1/recommendations/opened',
      body: { id: await districtCard(f, t) },
    }),
    own: all(204),
    otherTenant: hidden(),
  },
  {
    method: 'POST',
    path: '/api/v1/resources/:id/tried',
    // On the tenant teacher's own plan: only that teacher may link it; for anyone else it is not theirs.
    request: async (f, t) => ({
      method: 'POST',
      url: `/api/v1/resources/${await districtCard(f, t)}/tried`,
      body: { planId: t.teacherPlan.id, note: 'Tried it in period 3.' },
    }),
    own: { ...all(404), anonymous: 401, teacher: 201 },
    otherTenant: hidden(),
  },
  {
    method: 'GET',
    path: '/api/v1/resources/:id/tried',
    request: async (f, t) => ({ method: 'GET', url: `/api/v1/resources/${await districtCard(f, t)}/tried` }),
    own: all(200),
    otherTenant: hidden(),
  },
];
