import {
  communities,
  communityMembers,
  communityOrganizations,
  communityPosts,
  communityThreads,
} from '../../../src/modules/communities/communities.table';
import type { Tenant } from '../../factories';
import { all, type Caller, callerUser, type Fixtures, hidden, only, type RouteRow, unique } from '../matrix-kit';

/**
 * A community of the tenant, hosted by its district and facilitated by its facilitator, with its
 * teacher as a member (admin, leader and coach are not members: 403 inside, 200 on the community
 * itself). The other-tenant run meets another district's community: 404, as if it did not exist.
 */
const buildCommunity = async (f: Fixtures, t: Tenant, crossDistrict = false) => {
  const [row] = await f.db
    .insert(communities)
    .values({
      organizationId: t.org.id,
      name: `Community ${unique()}`,
      crossDistrict,
      joinCode: crossDistrict ? `J${unique().toUpperCase()}` : null,
      createdBy: t.facilitator.id,
    })
    .returning();
  await f.db
    .insert(communityOrganizations)
    .values({ organizationId: t.org.id, communityId: row!.id, addedBy: t.facilitator.id });
  await f.db.insert(communityMembers).values([
    { organizationId: t.org.id, communityId: row!.id, userId: t.facilitator.id, role: 'facilitator' },
    { organizationId: t.org.id, communityId: row!.id, userId: t.teacher.id, role: 'member' },
  ]);
  return row!;
};

const buildThread = async (f: Fixtures, t: Tenant, communityId?: string) => {
  const community = communityId ?? (await sharedCommunity(f, t));
  const [thread] = await f.db
    .insert(communityThreads)
    .values({ organizationId: t.org.id, communityId: community, authorId: t.teacher.id, title: 'Matrix thread' })
    .returning();
  const [post] = await f.db
    .insert(communityPosts)
    .values({ organizationId: t.org.id, threadId: thread!.id, opening: true, authorId: t.teacher.id, body: 'Hello.' })
    .returning();
  return { threadId: thread!.id, postId: post!.id };
};

const communitiesByTenant = new Map<string, Promise<string>>();
const sharedCommunity = (f: Fixtures, t: Tenant) => {
  if (!communitiesByTenant.has(t.org.id))
    communitiesByTenant.set(
      t.org.id,
      buildCommunity(f, t).then((c) => c.id),
    );
  return communitiesByTenant.get(t.org.id)!;
};
const threadsByTenant = new Map<string, Promise<{ threadId: string; postId: string }>>();
const sharedThread = (f: Fixtures, t: Tenant) => {
  if (!threadsByTenant.has(t.org.id)) threadsByTenant.set(t.org.id, buildThread(f, t));
  return threadsByTenant.get(t.org.id)!;
};

/** Members (the teacher, the facilitator) get `status`; people of the district who did not join get 403. */
const members = (status: number) => ({ ...all(403), teacher: status, facilitator: status });
const facilitators = (status: number) => only({ facilitator: status });

export const communityRows: RouteRow[] = [
  {
    method: 'GET',
    path: '/api/v1/communities',
    request: () => ({ method: 'GET', url: '/api/v1/communities' }),
    own: all(200),
  },
  {
    method: 'POST',
    path: '/api/v1/communities',
    request: () => ({ method: 'POST', url: '/api/v1/communities', body: { name: `Matrix ${unique()}` } }),
    own: only({ admin: 201, facilitator: 201 }),
  },
  {
    method: 'POST',
    path: '/api/v1/communities/opt-ins',
    // Another district's cross-district community, opted into with its code.
    request: async (f, t) => {
      const community = await buildCommunity(f, t === f.a ? f.b : f.a, true);
      return { method: 'POST', url: '/api/v1/communities/opt-ins', body: { joinCode: community.joinCode } };
    },
    own: only({ admin: 200 }),
  },
  {
    method: 'DELETE',
    path: '/api/v1/communities/:id/opt-in',
    // Another district's cross-district community that this tenant opted into (a fresh one each call).
    // The other-tenant run is that host district: its admin may not leave its own community (409).
    request: async (f, t) => {
      const community = await buildCommunity(f, t === f.a ? f.b : f.a, true);
      await f.db
        .insert(communityOrganizations)
        .values({ organizationId: t.org.id, communityId: community.id, addedBy: t.admin.id });
      return { method: 'DELETE', url: `/api/v1/communities/${community.id}/opt-in` };
    },
    own: only({ admin: 204 }),
    otherTenant: hidden({ admin: 409, leader: 403, coach: 403, teacher: 403, facilitator: 403 }),
  },
  {
    method: 'GET',
    path: '/api/v1/communities/:id',
    request: async (f, t) => ({ method: 'GET', url: `/api/v1/communities/${await sharedCommunity(f, t)}` }),
    own: all(200),
    otherTenant: hidden(),
  },
  {
    method: 'POST',
    path: '/api/v1/communities/:id/membership',
    request: async (f, t) => ({
      method: 'POST',
      url: `/api/v1/communities/${(await buildCommunity(f, t)).id}/membership`,
    }),
    own: all(200),
    otherTenant: hidden(),
  },
  {
    method: 'DELETE',
    path: '/api/v1/communities/:id/membership',
    // A fresh community the caller belongs to; its only facilitator may not leave.
    request: async (f, t, caller: Caller) => {
      const community = await buildCommunity(f, t);
      const user = callerUser(t, caller);
      if (user.id !== t.facilitator.id && user.id !== t.teacher.id)
        await f.db
          .insert(communityMembers)
          .values({ organizationId: t.org.id, communityId: community.id, userId: user.id });
      return { method: 'DELETE', url: `/api/v1/communities/${community.id}/membership` };
    },
    own: { ...all(204), facilitator: 409 },
    otherTenant: hidden(),
  },
  {
    method: 'GET',
    path: '/api/v1/communities/:id/members',
    request: async (f, t) => ({ method: 'GET', url: `/api/v1/communities/${await sharedCommunity(f, t)}/members` }),
    own: members(200),
    otherTenant: hidden(),
  },
  {
    method: 'GET',
    path: '/api/v1/communities/:id/threads',
    request: async (f, t) => ({ method: 'GET', url: `/api/v1/communities/${await sharedCommunity(f, t)}/threads` }),
    own: members(200),
    otherTenant: hidden(),
  },
  {
    method: 'POST',
    path: '/api/v1/communities/:id/threads',
    request: async (f, t) => ({
      method: 'POST',
      url: `/api/v1/communities/${await sharedCommunity(f, t)}/threads`,
      body: { title: 'How do you open a lesson?', body: 'I wonder what works for you.' },
    }),
    own: members(201),
    otherTenant: hidden(),
  },
  {
    method: 'GET',
    path: '/api/v1/threads/:id',
    request: async (f, t) => ({ method: 'GET', url: `/api/v1/threads/${(await sharedThread(f, t)).threadId}` }),
    own: members(200),
    otherTenant: hidden(),
  },
  {
    method: 'GET',
    path: '/api/v1/threads/:id/posts',
    request: async (f, t) => ({ method: 'GET', url: `/api/v1/threads/${(await sharedThread(f, t)).threadId}/posts` }),
    own: members(200),
    otherTenant: hidden(),
  },
  {
    method: 'POST',
    path: '/api/v1/threads/:id/posts',
    request: async (f, t) => ({
      method: 'POST',
      url: `/api/v1/threads/${(await sharedThread(f, t)).threadId}/posts`,
      body: { body: 'We tried this too.' },
    }),
    own: members(201),
    otherTenant: hidden(),
  },
  ...(['follow', 'unfollow'] as const).map(
    (verb): RouteRow => ({
      method: 'POST',
      path: `/api/v1/threads/:id/${verb}`,
      request: async (f, t) => ({
        method: 'POST',
        url: `/api/v1/threads/${(await sharedThread(f, t)).threadId}/${verb}`,
      }),
      own: members(204),
      otherTenant: hidden(),
    }),
  ),
  ...(['lock', 'unlock'] as const).map(
    (verb): RouteRow => ({
      method: 'POST',
      path: `/api/v1/threads/:id/${verb}`,
      request: async (f, t) => ({
        method: 'POST',
        url: `/api/v1/threads/${(await buildThread(f, t)).threadId}/${verb}`,
      }),
      own: facilitators(200),
      otherTenant: hidden(),
    }),
  ),
  {
    method: 'GET',
    path: '/api/v1/threads/:id/coi',
    request: async (f, t) => ({ method: 'GET', url: `/api/v1/threads/${(await sharedThread(f, t)).threadId}/coi` }),
    own: facilitators(200),
    otherTenant: hidden(),
  },
  {
    method: 'PATCH',
    path: '/api/v1/posts/:id',
    // The teacher's post: only its author edits it.
    request: async (f, t) => ({
      method: 'PATCH',
      url: `/api/v1/posts/${(await buildThread(f, t)).postId}`,
      body: { body: 'Edited.' },
    }),
    own: only({ teacher: 200 }),
    otherTenant: hidden(),
  },
  ...(['PUT', 'DELETE'] as const).map(
    (method): RouteRow => ({
      method,
      path: '/api/v1/posts/:id/reactions/:kind',
      request: async (f, t) => ({
        method,
        url: `/api/v1/posts/${(await sharedThread(f, t)).postId}/reactions/helpful`,
      }),
      own: members(200),
      otherTenant: hidden(),
    }),
  ),
  {
    method: 'POST',
    path: '/api/v1/posts/:id/reports',
    request: async (f, t) => ({
      method: 'POST',
      url: `/api/v1/posts/${(await buildThread(f, t)).postId}/reports`,
      body: { reason: 'Names a student.' },
    }),
    own: members(201),
    otherTenant: hidden(),
  },
  ...(['hide', 'unhide'] as const).map(
    (verb): RouteRow => ({
      method: 'POST',
      path: `/api/v1/posts/:id/${verb}`,
      request: async (f, t) => ({ method: 'POST', url: `/api/v1/posts/${(await buildThread(f, t)).postId}/${verb}` }),
      own: facilitators(200),
      otherTenant: hidden(),
    }),
  ),
  {
    method: 'PUT',
    path: '/api/v1/posts/:id/codes',
    request: async (f, t) => ({
      method: 'PUT',
      url: `/api/v1/posts/${(await sharedThread(f, t)).postId}/codes`,
      body: { phase: 'triggering', codes: [] },
    }),
    own: facilitators(200),
    otherTenant: hidden(),
  },
];
