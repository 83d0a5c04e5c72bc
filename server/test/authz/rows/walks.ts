import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { walkRooms, walks } from '../../../src/modules/walks/walks.table';
import type { Tenant } from '../../factories';
import { all, type Fixtures, hidden, only, type RouteRow } from '../matrix-kit';

/** A look-for of the built-in framework (the one the tenant's school uses: the matrix never changes it). */
let lookFor: Promise<{ id: string; practiceId: string }> | null = null;
const builtInLookFor = (f: Fixtures) => {
  lookFor ??= (
    f.db.execute(
      sql`select l.id, l.practice_id from framework_look_fors l join framework_practices p on p.id = l.practice_id
          where l.organization_id is null order by p.position, l.position limit 1`,
    ) as unknown as Promise<{ rows: { id: string; practice_id: string }[] }>
  ).then((result) => ({ id: result.rows[0]!.id, practiceId: result.rows[0]!.practice_id }));
  return lookFor;
};

/** A walk at the tenant's school by its leader, stored directly; `closed`: with five rooms, closed. */
const buildWalk = async (f: Fixtures, t: Tenant, closed = false) => {
  const { id: lookForId, practiceId } = await builtInLookFor(f);
  const [walk] = await f.db
    .insert(walks)
    .values({
      organizationId: t.org.id,
      schoolId: t.school.id,
      createdBy: t.leader.id,
      lookForId,
      practiceId,
      lookForText: { en: 'Students explain their thinking' },
      practiceTitle: { en: 'Questioning' },
      date: '2099-04-14',
      ...(closed ? { status: 'closed' as const, closedAt: new Date() } : {}),
    })
    .returning();
  if (closed)
    await f.db.insert(walkRooms).values(
      Array.from({ length: 5 }, (_, i) => ({
        organizationId: t.org.id,
        walkId: walk!.id,
        clientId: randomUUID(),
        walkerId: t.leader.id,
        evidence: i < 3 ? ('seen' as const) : ('partly' as const),
        note: `Note ${i}`,
      })),
    );
  return walk!.id;
};
const closedWalks = new Map<string, Promise<string>>();
const closedWalk = (f: Fixtures, t: Tenant) => {
  if (!closedWalks.has(t.org.id)) closedWalks.set(t.org.id, buildWalk(f, t, true));
  return closedWalks.get(t.org.id)!;
};

/** Walkers are the school's leaders and coaches; admins read; the school's teachers know only closed walks. */
const walkersOnly = (status: number) => ({
  anonymous: 401,
  admin: 403,
  leader: status,
  coach: status,
  teacher: 404,
  facilitator: 404,
});

export const walkRows: RouteRow[] = [
  {
    method: 'POST',
    path: '/api/v1/walks',
    request: async (f, t) => ({
      method: 'POST',
      url: '/api/v1/walks',
      body: { schoolId: t.school.id, lookForId: (await builtInLookFor(f)).id, purpose: 'Student talk' },
    }),
    own: only({ leader: 201, coach: 201 }),
    // Another tenant's school is not one the caller walks.
    otherTenant: { admin: 403, leader: 403, coach: 403, teacher: 403, facilitator: 403 },
  },
  {
    method: 'GET',
    path: '/api/v1/walks',
    request: (_f, t) => ({ method: 'GET', url: `/api/v1/walks?schoolId=${t.school.id}` }),
    own: all(200),
  },
  {
    method: 'GET',
    path: '/api/v1/walks/:id',
    request: async (f, t) => ({ method: 'GET', url: `/api/v1/walks/${await closedWalk(f, t)}` }),
    own: { anonymous: 401, admin: 200, leader: 200, coach: 200, teacher: 200, facilitator: 404 },
    otherTenant: hidden(),
  },
  {
    method: 'PUT',
    path: '/api/v1/walks/:id/rooms/:clientId',
    request: async (f, t) => ({
      method: 'PUT',
      url: `/api/v1/walks/${await buildWalk(f, t)}/rooms/${randomUUID()}`,
      body: { evidence: 'seen', gradeBand: '6-8', subject: 'math', tally: { showing: 12, observed: 24 } },
    }),
    own: walkersOnly(201),
    otherTenant: hidden(),
  },
  {
    method: 'POST',
    path: '/api/v1/walks/:id/close',
    request: async (f, t) => ({ method: 'POST', url: `/api/v1/walks/${await buildWalk(f, t)}/close` }),
    own: walkersOnly(200),
    otherTenant: hidden(),
  },
  {
    method: 'GET',
    path: '/api/v1/walks/:id/report',
    request: async (f, t) => ({ method: 'GET', url: `/api/v1/walks/${await closedWalk(f, t)}/report` }),
    own: { anonymous: 401, admin: 200, leader: 200, coach: 200, teacher: 403, facilitator: 404 },
    otherTenant: hidden(),
  },
];
