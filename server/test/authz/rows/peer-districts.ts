import { only, type RouteRow } from '../matrix-kit';

/**
 * Districts like yours: no record routes — each caller only ever reaches its own district's
 * profile and comparison (there is no id to ask for another's). Admins manage the profile;
 * admins and school leaders read the comparison; everyone else is refused.
 */
const profile = { studentCount: 3000, povertyRate: 35, englishLearnerShare: 10, urbanicity: 'town', optedIn: false };

export const peerDistrictRows: RouteRow[] = [
  {
    method: 'GET',
    path: '/api/v1/peer-districts/profile',
    request: () => ({ method: 'GET', url: '/api/v1/peer-districts/profile' }),
    own: only({ admin: 200 }),
  },
  {
    method: 'PUT',
    path: '/api/v1/peer-districts/profile',
    request: () => ({ method: 'PUT', url: '/api/v1/peer-districts/profile', body: profile }),
    own: only({ admin: 200 }),
  },
  {
    method: 'GET',
    path: '/api/v1/peer-districts/comparison',
    request: () => ({ method: 'GET', url: '/api/v1/peer-districts/comparison' }),
    own: only({ admin: 200, leader: 200 }),
  },
];
