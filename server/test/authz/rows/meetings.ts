import { randomUUID } from 'node:crypto';
import { hashFeedToken } from '../../../src/modules/meetings/calendar-feed';
import {
  calendarFeeds,
  meetingActionItems,
  meetingProtocols,
  meetings,
} from '../../../src/modules/meetings/meetings.table';
import type { Tenant } from '../../factories';
import { all, type Fixtures, hidden, only, type RouteRow } from '../matrix-kit';

/**
 * Meetings of the tenant's team (its teacher is the one member). Members see and do everything;
 * the school's leader and the district admin see metadata only (reads 200, the team's work 403);
 * the coach and the facilitator are not in the team: 404.
 */
const teamView = (status: number, outsiders = 403) => ({
  anonymous: 401,
  admin: outsiders,
  leader: outsiders,
  coach: 404,
  teacher: status,
  facilitator: 404,
});

/** A fresh meeting of the tenant's team, facilitated by its teacher, stored directly. */
const buildMeeting = async (f: Fixtures, t: Tenant, state: 'scheduled' | 'running' = 'scheduled') => {
  const [row] = await f.db
    .insert(meetings)
    .values({
      organizationId: t.org.id,
      teamId: t.team.id,
      protocolId: 'tuning',
      protocolName: { en: 'Tuning', es: 'Afinación' },
      steps: [
        { id: 'a', title: { en: 'One' }, minutes: 10, speaker: 'all', prompts: [{ en: 'Q' }] },
        { id: 'b', title: { en: 'Two' }, minutes: 10, speaker: 'all', prompts: [{ en: 'Q' }] },
      ],
      title: 'Matrix meeting',
      scheduledAt: new Date('2099-03-02T15:00:00Z'),
      durationMinutes: 20,
      facilitatorId: t.teacher.id,
      createdBy: t.teacher.id,
      state,
      ...(state === 'running' ? { startedAt: new Date(), stepStartedAt: new Date() } : {}),
    })
    .returning();
  return row!.id;
};
const sharedMeetings = new Map<string, Promise<string>>();
const sharedMeeting = (f: Fixtures, t: Tenant) => {
  if (!sharedMeetings.has(t.org.id)) sharedMeetings.set(t.org.id, buildMeeting(f, t));
  return sharedMeetings.get(t.org.id)!;
};

const districtProtocols = new Map<string, Promise<string>>();
const districtProtocol = (f: Fixtures, t: Tenant) => {
  if (!districtProtocols.has(t.org.id))
    districtProtocols.set(
      t.org.id,
      f.db
        .insert(meetingProtocols)
        .values({
          organizationId: t.org.id,
          definition: {
            name: { en: 'Ours' },
            purpose: { en: 'Ours' },
            steps: [{ id: 'a', title: { en: 'A' }, minutes: 10, speaker: 'all', prompts: [{ en: 'Q' }] }],
          },
          createdBy: t.admin.id,
        })
        .returning()
        .then((rows) => rows[0]!.id),
    );
  return districtProtocols.get(t.org.id)!;
};

const actionItemOfTeacher = async (f: Fixtures, t: Tenant) => {
  const meetingId = await sharedMeeting(f, t);
  const [row] = await f.db
    .insert(meetingActionItems)
    .values({
      organizationId: t.org.id,
      meetingId,
      text: 'Bring the exit tickets',
      ownerId: t.teacher.id,
      dueDate: '2099-03-09',
      createdBy: t.teacher.id,
    })
    .returning();
  return row!.id;
};

/** A calendar feed of the tenant's teacher (personal or for its team), its token known to the matrix. */
const feedToken = async (f: Fixtures, t: Tenant, team: boolean) => {
  const token = `cal_matrix_${randomUUID()}`;
  await f.db
    .insert(calendarFeeds)
    .values({
      organizationId: t.org.id,
      userId: t.teacher.id,
      teamId: team ? t.team.id : null,
      tokenHash: hashFeedToken(token),
    })
    .onConflictDoUpdate({
      target: [calendarFeeds.organizationId, calendarFeeds.userId, calendarFeeds.teamId],
      set: { tokenHash: hashFeedToken(token) },
    });
  return token;
};

const step = { id: 'share', title: { en: 'Share' }, minutes: 10, speaker: 'all', prompts: [{ en: 'One win?' }] };

export const meetingRows: RouteRow[] = [
  {
    method: 'PATCH',
    path: '/api/v1/teams/:id',
    request: (_f, t) => ({
      method: 'PATCH',
      url: `/api/v1/teams/${t.team.id}`,
      body: { type: 'shared-content', cadence: { weekday: 3, startTime: '15:30', minutes: 90 } },
    }),
    // The teacher is a plain member (not the lead).
    own: { anonymous: 401, admin: 200, leader: 200, coach: 404, teacher: 403, facilitator: 404 },
    otherTenant: hidden(),
  },
  {
    method: 'GET',
    path: '/api/v1/protocols',
    request: () => ({ method: 'GET', url: '/api/v1/protocols' }),
    own: all(200),
  },
  {
    method: 'GET',
    path: '/api/v1/protocols/:id',
    request: async (f, t) => ({ method: 'GET', url: `/api/v1/protocols/${await districtProtocol(f, t)}` }),
    own: all(200),
    otherTenant: hidden(),
  },
  {
    method: 'POST',
    path: '/api/v1/protocols',
    request: () => ({
      method: 'POST',
      url: '/api/v1/protocols',
      body: { name: { en: 'Check-in' }, purpose: { en: 'Share one win.' }, steps: [step] },
    }),
    own: only({ admin: 201, coach: 201 }),
  },
  {
    method: 'POST',
    path: '/api/v1/teams/:id/meetings',
    request: (_f, t) => ({
      method: 'POST',
      url: `/api/v1/teams/${t.team.id}/meetings`,
      body: { protocolId: 'tuning', scheduledAt: '2099-03-02T15:00:00Z' },
    }),
    own: teamView(201),
    otherTenant: hidden(),
  },
  {
    method: 'GET',
    path: '/api/v1/teams/:id/meetings',
    request: (_f, t) => ({ method: 'GET', url: `/api/v1/teams/${t.team.id}/meetings` }),
    own: teamView(200, 200),
    otherTenant: hidden(),
  },
  {
    method: 'GET',
    path: '/api/v1/teams/:id/collaboration-minutes',
    request: (_f, t) => ({ method: 'GET', url: `/api/v1/teams/${t.team.id}/collaboration-minutes` }),
    own: teamView(200, 200),
    otherTenant: hidden(),
  },
  {
    method: 'GET',
    path: '/api/v1/meetings/:id',
    request: async (f, t) => ({ method: 'GET', url: `/api/v1/meetings/${await sharedMeeting(f, t)}` }),
    own: teamView(200, 200),
    otherTenant: hidden(),
  },
  {
    method: 'POST',
    path: '/api/v1/meetings/:id/run',
    request: async (f, t) => ({
      method: 'POST',
      url: `/api/v1/meetings/${await buildMeeting(f, t)}/run`,
      body: { action: 'start' },
    }),
    own: teamView(200),
    otherTenant: hidden(),
  },
  {
    method: 'PUT',
    path: '/api/v1/meetings/:id/attendance',
    request: async (f, t) => ({
      method: 'PUT',
      url: `/api/v1/meetings/${await buildMeeting(f, t, 'running')}/attendance`,
      body: { attendance: [{ userId: t.teacher.id, present: true }] },
    }),
    own: teamView(200),
    otherTenant: hidden(),
  },
  {
    method: 'GET',
    path: '/api/v1/meetings/:id/notes',
    request: async (f, t) => ({ method: 'GET', url: `/api/v1/meetings/${await sharedMeeting(f, t)}/notes?step=0` }),
    own: teamView(200),
    otherTenant: hidden(),
  },
  {
    method: 'PUT',
    path: '/api/v1/meetings/:id/notes',
    request: async (f, t) => ({
      method: 'PUT',
      url: `/api/v1/meetings/${await sharedMeeting(f, t)}/notes`,
      body: { clientId: randomUUID(), stepIndex: 0, text: 'Row 3 skips the denominator.' },
    }),
    own: teamView(200),
    otherTenant: hidden(),
  },
  {
    method: 'POST',
    path: '/api/v1/meetings/:id/decisions',
    request: async (f, t) => ({
      method: 'POST',
      url: `/api/v1/meetings/${await sharedMeeting(f, t)}/decisions`,
      body: { stepIndex: 1, text: 'Reteach on Monday.' },
    }),
    own: teamView(201),
    otherTenant: hidden(),
  },
  {
    method: 'POST',
    path: '/api/v1/meetings/:id/action-items',
    request: async (f, t) => ({
      method: 'POST',
      url: `/api/v1/meetings/${await sharedMeeting(f, t)}/action-items`,
      body: { text: 'Bring the exit tickets', ownerId: t.teacher.id, dueDate: '2099-03-09' },
    }),
    own: teamView(201),
    otherTenant: hidden(),
  },
  {
    method: 'GET',
    path: '/api/v1/action-items',
    request: () => ({ method: 'GET', url: '/api/v1/action-items?mine=true' }),
    own: all(200),
  },
  {
    method: 'PATCH',
    path: '/api/v1/action-items/:id',
    request: async (f, t) => ({
      method: 'PATCH',
      url: `/api/v1/action-items/${await actionItemOfTeacher(f, t)}`,
      body: { status: 'done' },
    }),
    // Only the owner; leaders and admins never learn what a team committed to.
    own: { ...all(404), anonymous: 401, teacher: 200 },
    otherTenant: hidden(),
  },
  {
    method: 'POST',
    path: '/api/v1/calendar/feeds',
    // A team's feed: its members only (the personal feed, body {}, is every caller's: meetings.test.ts).
    request: (_f, t) => ({ method: 'POST', url: '/api/v1/calendar/feeds', body: { teamId: t.team.id } }),
    own: teamView(201),
    otherTenant: hidden(),
  },
  // The token is the credential: whoever holds it reads the feed, with or without a session.
  {
    method: 'GET',
    path: '/api/v1/calendar/users/:token',
    request: async (f, t) => ({ method: 'GET', url: `/api/v1/calendar/users/${await feedToken(f, t, false)}.ics` }),
    own: all(200, 200),
  },
  {
    method: 'GET',
    path: '/api/v1/calendar/teams/:token',
    request: async (f, t) => ({ method: 'GET', url: `/api/v1/calendar/teams/${await feedToken(f, t, true)}.ics` }),
    own: all(200, 200),
  },
];
