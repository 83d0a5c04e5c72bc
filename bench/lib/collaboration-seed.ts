import { randomUUID } from 'node:crypto';
import { asc, like, sql } from 'drizzle-orm';
import { enFixtures } from '#core/coi/fixtures/en';
import { esFixtures } from '#core/coi/fixtures/es';
import { heldOutFixtures } from '#core/coi/fixtures/held-out';
import { codePost } from '#core/coi/index';
import type { CoiCode, CoiPhase } from '#core/contracts/coi';
import { lessonStudy } from '#core/protocols/lesson-study';
import { totalMinutes } from '#core/protocols/schema';
import type { Db } from '../../server/src/db/client';
import {
  communities,
  communityMembers,
  communityOrganizations,
  communityPosts,
  communityThreads,
} from '../../server/src/modules/communities/communities.table';
import { users } from '../../server/src/modules/identity/identity.table';
import { meetingAttendees, meetingNotes, meetings } from '../../server/src/modules/meetings/meetings.table';
import { organizations, teamMembers, teams } from '../../server/src/modules/organizations/organizations.table';

/**
 * Adds collaboration to a district seeded by seedScale, set-based through the modules' own table
 * objects (no per-row round trips): `communities` communities of the district's teachers (teacher
 * t belongs to community t % communities; teacher c facilitates community c), threads of about ten
 * posts each (exactly `posts` posts, bodies from the core/coi corpus with their draft codes, as
 * the server would store them), and for every team `meetingsPerTeam` weekly lesson-study meetings
 * with attendance and a note per member, the latest one still running.
 */
export type CollaborationSeedOptions = { posts: number; communities: number; meetingsPerTeam: number };

export type CollaborationSeedSummary = {
  communities: number;
  members: number;
  threads: number;
  posts: number;
  meetings: number;
  meetingNotes: number;
  insertMs: number;
};

/** What the load needs, read from the seed. */
export type CollaborationWorkload = {
  /** teacher index → email, community id; in index order (teacher0001 first). */
  teachers: { email: string; communityId: string }[];
  /** The facilitators (teacher c of community c). */
  facilitators: { email: string; communityId: string }[];
  /** Team members (teachers) with their team's running meeting and its step count. */
  noteWriters: { email: string; meetingId: string; steps: number }[];
};

export const POSTS_PER_THREAD = 10;
const CHUNK = 1000;
const DAY = 86_400_000;

type TeacherRow = { id: string; email: string };

export async function seedCollaboration(
  db: Db,
  options: CollaborationSeedOptions,
): Promise<{ summary: CollaborationSeedSummary; workload: CollaborationWorkload }> {
  const [org] = await db.select({ id: organizations.id }).from(organizations).limit(1);
  if (!org) throw new Error('no organization: run seedScale first');
  const organizationId = org.id;
  const teachers: TeacherRow[] = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(like(users.email, 'teacher%@scale.test'))
    .orderBy(asc(users.email));
  const C = Math.min(options.communities, teachers.length);
  if (C < 1) throw new Error('no teachers to form communities');
  const started = performance.now();
  const now = Date.now();

  // Communities and members.
  const communityIds = Array.from({ length: C }, () => randomUUID());
  const memberIds: string[][] = communityIds.map(() => []);
  const facilitatorOf = new Set<string>();
  const memberRows: (typeof communityMembers.$inferInsert)[] = [];
  teachers.forEach((t, i) => {
    const c = i % C;
    memberIds[c]!.push(t.id);
    const facilitator = i < C;
    if (facilitator) facilitatorOf.add(t.id);
    memberRows.push({
      organizationId,
      communityId: communityIds[c]!,
      userId: t.id,
      role: facilitator ? 'facilitator' : 'member',
    });
  });

  // Draft codes for every corpus text, as a reply or an opening post, by a facilitator or not.
  const corpus = [
    ...enFixtures.map((f) => ({ text: f.text, locale: 'en' as const })),
    ...esFixtures.map((f) => ({ text: f.text, locale: 'es' as const })),
    ...heldOutFixtures.map((f) => ({ text: f.text, locale: f.locale })),
  ];
  const coded = new Map<string, { codes: CoiCode[]; phase: CoiPhase | null; coder: string }>();
  const coding = (k: number, isReply: boolean, facilitator: boolean) => {
    const key = `${k}/${isReply}/${facilitator}`;
    let hit = coded.get(key);
    if (!hit) {
      const r = codePost({ ...corpus[k]!, isReply, authorIsFacilitator: facilitator });
      hit = { codes: r.codes, phase: r.phase, coder: `auto:${r.version}` };
      coded.set(key, hit);
    }
    return hit;
  };

  // Threads of ~10 posts, spread over the last year; post i goes to thread i % threads.
  const threadCount = Math.max(1, Math.ceil(options.posts / POSTS_PER_THREAD));
  const threadRows: (typeof communityThreads.$inferInsert & { id: string; createdAt: Date })[] = [];
  for (let k = 0; k < threadCount; k++) {
    const c = k % C;
    const members = memberIds[c]!;
    threadRows.push({
      id: randomUUID(),
      organizationId,
      communityId: communityIds[c]!,
      authorId: members[(k * 7) % members.length]!,
      title: `${corpus[k % corpus.length]!.text.slice(0, 60).trim()}…`,
      createdAt: new Date(now - 365 * DAY + Math.floor((k / threadCount) * 360 * DAY)),
      lastPostAt: new Date(now),
    });
  }
  const postRows: (typeof communityPosts.$inferInsert)[] = [];
  for (let i = 0; i < options.posts; i++) {
    const k = i % threadCount;
    const j = Math.floor(i / threadCount);
    const thread = threadRows[k]!;
    const members = memberIds[k % C]!;
    const authorId = j === 0 ? thread.authorId : members[(k * 7 + j * 13) % members.length]!;
    const facilitator = facilitatorOf.has(authorId);
    const text = (k + j) % corpus.length;
    const createdAt = new Date(thread.createdAt.getTime() + j * 3_600_000);
    thread.lastPostAt = createdAt; // posts of a thread come in time order
    const draft = coding(text, j > 0, facilitator);
    postRows.push({
      organizationId,
      threadId: thread.id,
      opening: j === 0,
      authorId,
      authorIsFacilitator: facilitator,
      body: corpus[text]!.text,
      codePhase: draft.phase,
      codes: draft.codes,
      coder: draft.coder,
      codeStatus: 'draft',
      createdAt,
    });
  }

  // Meetings: weekly per team, the newest running (where the bench saves notes), older ones ended.
  const teamRows = await db.select({ id: teams.id }).from(teams).orderBy(asc(teams.id));
  const memberRowsOfTeams = await db
    .select({ teamId: teamMembers.teamId, userId: teamMembers.userId, role: teamMembers.role })
    .from(teamMembers);
  const steps = lessonStudy.steps;
  const minutes = totalMinutes(steps);
  const meetingRows: (typeof meetings.$inferInsert)[] = [];
  const attendeeRows: (typeof meetingAttendees.$inferInsert)[] = [];
  const noteRows: (typeof meetingNotes.$inferInsert)[] = [];
  const running = new Map<string, string>();
  for (const team of teamRows) {
    const people = memberRowsOfTeams.filter((m) => m.teamId === team.id);
    const lead = people.find((m) => m.role === 'lead') ?? people[0];
    if (!lead) continue;
    for (let w = 0; w < options.meetingsPerTeam; w++) {
      const id = randomUUID();
      const live = w === 0;
      const scheduledAt = new Date(now - w * 7 * DAY - (live ? 10 * 60_000 : 0));
      if (live) running.set(team.id, id);
      meetingRows.push({
        id,
        organizationId,
        teamId: team.id,
        protocolId: lessonStudy.id,
        protocolName: lessonStudy.name,
        steps: [...steps],
        title: `Lesson study ${options.meetingsPerTeam - w}`,
        scheduledAt,
        durationMinutes: minutes,
        facilitatorId: lead.userId,
        state: live ? 'running' : 'ended',
        currentStepIndex: live ? 1 : steps.length - 1,
        stepStartedAt: scheduledAt,
        startedAt: scheduledAt,
        endedAt: live ? null : new Date(scheduledAt.getTime() + minutes * 60_000),
        createdBy: lead.userId,
      });
      people.forEach((p, n) => {
        attendeeRows.push({
          organizationId,
          meetingId: id,
          userId: p.userId,
          attendance: live ? 'expected' : n % 9 === 8 ? 'absent' : 'present',
        });
        if (!live && n % 9 !== 8) {
          noteRows.push({
            organizationId,
            meetingId: id,
            stepIndex: n % steps.length,
            authorId: p.userId,
            clientId: randomUUID(),
            text: NOTE_TEXTS[(w + n) % NOTE_TEXTS.length]!,
          });
        }
      });
    }
  }

  await db.transaction(async (tx) => {
    await tx.insert(communities).values(
      communityIds.map((id, c) => ({
        id,
        organizationId,
        name: `Community ${c + 1}`,
        description: 'A community of practice for the benchmark.',
        createdBy: teachers[c]!.id,
      })),
    );
    await tx
      .insert(communityOrganizations)
      .values(communityIds.map((communityId, c) => ({ organizationId, communityId, addedBy: teachers[c]!.id })));
    for (const part of chunks(memberRows)) await tx.insert(communityMembers).values(part);
    for (const part of chunks(threadRows)) await tx.insert(communityThreads).values(part);
    for (const part of chunks(postRows, 500)) await tx.insert(communityPosts).values(part);
    for (const part of chunks(meetingRows, 200)) await tx.insert(meetings).values(part);
    for (const part of chunks(attendeeRows)) await tx.insert(meetingAttendees).values(part);
    for (const part of chunks(noteRows)) await tx.insert(meetingNotes).values(part);
  });
  // Steady state: autovacuum would have set the visibility map of a table this size long before
  // anyone lists its threads, so the post counts read the index alone (as they would in a district).
  await db.execute(sql`vacuum analyze`);

  const communityOf = (i: number) => communityIds[i % C]!;
  const teamOf = new Map(memberRowsOfTeams.filter((m) => m.role !== 'lead').map((m) => [m.userId, m.teamId]));
  return {
    summary: {
      communities: C,
      members: memberRows.length,
      threads: threadRows.length,
      posts: postRows.length,
      meetings: meetingRows.length,
      meetingNotes: noteRows.length,
      insertMs: Math.round(performance.now() - started),
    },
    workload: {
      teachers: teachers.map((t, i) => ({ email: t.email, communityId: communityOf(i) })),
      facilitators: teachers.slice(0, C).map((t, i) => ({ email: t.email, communityId: communityOf(i) })),
      noteWriters: teachers.flatMap((t) => {
        const team = teamOf.get(t.id);
        const meetingId = team ? running.get(team) : undefined;
        return meetingId ? [{ email: t.email, meetingId, steps: steps.length }] : [];
      }),
    },
  };
}

const NOTE_TEXTS = [
  'Most students chose the table strategy; two groups drew a graph first.',
  'Group 2 argued about the scale for five minutes, then agreed to start at zero.',
  'Los estudiantes de la mesa 3 explicaron su razonamiento sin ayuda.',
  'Next time: give the hinge question before the pair work, not after.',
  'La pregunta inicial generó tres estrategias distintas en la pizarra.',
];

function* chunks<T>(rows: T[], size = CHUNK): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}
