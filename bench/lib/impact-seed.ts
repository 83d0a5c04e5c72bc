import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../server/src/db/client';
import { resourceReactions } from '../../server/src/modules/library/library.table';
import { meetings } from '../../server/src/modules/meetings/meetings.table';
import {
  observationFeedback,
  observationFollowUps,
  observations,
} from '../../server/src/modules/observations/observations.table';
import { organizations } from '../../server/src/modules/organizations/organizations.table';
import { lessonPlans } from '../../server/src/modules/planning/planning.table';
import { reflections } from '../../server/src/modules/reflections/reflections.table';
import { type CollaborationSeedSummary, seedCollaboration } from './collaboration-seed';
import { planBody, planRow } from './plan';

/**
 * A year of a district's work for the impact dashboards (issue 6), added to a district seeded by
 * seedScale: lesson plans, reflections on them, observations with feedback and follow-ups (set-based
 * INSERT … SELECT over generate_series, so a million rows take one statement per table instead of a
 * thousand round trips), community posts and weekly team meetings (seedCollaboration), and "was
 * this useful?" reactions. Every row carries the time it happened (created/updated in the past
 * year), so the refresh's watermarks see a settled history, not a bulk load from a minute ago.
 */
export type ImpactSeedOptions = {
  /** Plans + reflections + observations + community posts. */
  artefacts: number;
  reactionsPerTeacher: number;
  meetingsPerTeam: number;
  communities: number;
  /** The practices the observations focus on (the initiatives' target practices). */
  practiceIds: string[];
};

export type ImpactSeedSummary = {
  plans: number;
  reflections: number;
  observations: number;
  feedback: number;
  followUps: number;
  posts: number;
  reactions: number;
  meetings: number;
  collaboration: CollaborationSeedSummary;
  insertMs: number;
};

/** How the artefacts are split: most of a district's writing is talk, then plans, reflections, visits. */
export const ARTEFACT_SHARES = { plans: 0.25, reflections: 0.15, observations: 0.1, posts: 0.5 } as const;
const DAYS = 365;

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;
// The database's column name: the schema's keys are camelCase, drizzle's casing makes them snake_case.
const col = (c: { name: string }) => sql.identifier(c.name.replace(/[A-Z]/g, (ch) => `_${ch.toLowerCase()}`));
const cols = (...columns: { name: string }[]) =>
  sql.join(
    columns.map((c) => col(c)),
    sql`, `,
  );
const uuidArray = (ids: string[]) =>
  ids.length === 0
    ? sql`'{}'::uuid[]`
    : sql`array[${sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )}]`;

export async function seedImpact(db: Db, options: ImpactSeedOptions): Promise<ImpactSeedSummary> {
  const [org] = await db.select({ id: organizations.id }).from(organizations).limit(1);
  if (!org) throw new Error('no organization: run seedScale first');
  const organizationId = org.id;
  const started = performance.now();
  const count = async (table: SQL) =>
    Number(rowsOf<{ n: string }>(await db.execute(sql`select count(*) as n from ${table}`))[0]?.n ?? 0);

  const planTotal = Math.round(options.artefacts * ARTEFACT_SHARES.plans);
  const reflectionTotal = Math.min(planTotal, Math.round(options.artefacts * ARTEFACT_SHARES.reflections));
  const observationTotal = Math.round(options.artefacts * ARTEFACT_SHARES.observations);

  const template = planRow(planBody(), {
    id: '00000000-0000-4000-8000-000000000000',
    organizationId,
    ownerId: organizationId,
    classId: organizationId,
    date: '2026-01-01',
  });

  await db.transaction(async (tx) => {
    // Teachers by index with their school and first class; coaches by school (seedScale: two each).
    await tx.execute(sql`
      create temp table bench_teachers on commit drop as
      select (row_number() over (order by u.email) - 1)::int as i, u.id as user_id, m.school_id,
        (select c.id from classes c where c.owner_id = u.id order by c.name limit 1) as class_id
      from users u join memberships m on m.user_id = u.id and m.role = 'teacher'
      where u.organization_id = ${organizationId} and u.email like 'teacher%@scale.test'`);
    await tx.execute(sql`
      create temp table bench_coaches on commit drop as
      select (row_number() over (partition by m.school_id order by u.email) - 1)::int as j, u.id as user_id, m.school_id
      from users u join memberships m on m.user_id = u.id and m.role = 'coach'
      where u.organization_id = ${organizationId}`);
    const [teachers] = rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from bench_teachers`));
    const T = Math.max(1, teachers?.n ?? 0);
    const plansEach = Math.max(1, Math.floor(planTotal / T));
    const visitsEach = Math.max(1, Math.floor(observationTotal / T));

    // Plans: each teacher's, evenly over the past year (the same ~600-word plan, as the planner stores it).
    await tx.execute(sql`
      insert into ${lessonPlans} (${cols(
        lessonPlans.organizationId,
        lessonPlans.ownerId,
        lessonPlans.classId,
        lessonPlans.title,
        lessonPlans.date,
        lessonPlans.locale,
        lessonPlans.visibility,
        lessonPlans.content,
        lessonPlans.createdAt,
        lessonPlans.updatedAt,
      )})
      select ${organizationId}, t.user_id, t.class_id, ${template.title}, x.at::date, ${template.locale},
        ${template.visibility}, ${JSON.stringify(template.content)}::jsonb, x.at, x.at
      from bench_teachers t cross join generate_series(0, ${plansEach - 1}) k
      cross join lateral (select now() - ((${plansEach} - k) * (${DAYS}::float8 / ${plansEach})) * interval '1 day'
        + (t.i % 600) * interval '1 minute' as at) x`);

    // Reflections: on a spread of the plans, a day later, at every depth level.
    await tx.execute(sql`
      insert into ${reflections} (${cols(
        reflections.organizationId,
        reflections.planId,
        reflections.classId,
        reflections.authorId,
        reflections.whatHappened,
        reflections.nextTime,
        reflections.level,
        reflections.label,
        reflections.indicators,
        reflections.nudge,
        reflections.rulesetVersion,
        reflections.createdAt,
      )})
      select p.organization_id, p.id, p.class_id, p.owner_id,
        'Most pairs finished the web; two groups drew arrows towards the producer.',
        'Ask for evidence before predictions.', 1 + x.v,
        (array['descriptive', 'descriptive-reflective', 'dialogic', 'critical'])[1 + x.v], '[]'::jsonb,
        'What did the students say that surprised you?', 'bench', least(p.created_at + interval '1 day', now())
      from (select id, organization_id, class_id, owner_id, created_at from ${lessonPlans}
            order by md5(id::text) limit ${reflectionTotal}) p
      cross join lateral (select abs(hashtext(p.id::text)) % 4 as v) x`);

    // Visits: each teacher by one of their school's coaches, over the year, in every state but cancelled.
    await tx.execute(sql`
      insert into ${observations} (${cols(
        observations.organizationId,
        observations.observerId,
        observations.teacherId,
        observations.kind,
        observations.status,
        observations.scheduledAt,
        observations.durationMinutes,
        observations.classId,
        observations.focusPracticeIds,
        observations.tallies,
        observations.followUpDue,
        observations.createdAt,
        observations.updatedAt,
      )})
      select ${organizationId}, c.user_id, t.user_id,
        (array['coaching', 'peer', 'walkthrough', 'evaluative'])[1 + (t.i + k) % 4],
        (array['scheduled', 'observed', 'observed', 'feedback-shared', 'feedback-shared',
               'followed-up', 'followed-up', 'followed-up', 'followed-up', 'followed-up'])[1 + (t.i * 7 + k) % 10],
        x.at, 30, t.class_id, ${uuidArray(options.practiceIds)}, '{"look-for-1": 3, "look-for-2": 1}'::jsonb,
        (x.at + interval '7 days')::date, x.at, x.at
      from bench_teachers t cross join generate_series(0, ${visitsEach - 1}) k
      join bench_coaches c on c.school_id = t.school_id and c.j = k % 2
      cross join lateral (select now() - ((${visitsEach} - k) * (${DAYS}::float8 / ${visitsEach})) * interval '1 day'
        + (t.i % 300) * interval '1 minute' as at) x`);
    await tx.execute(sql`
      insert into ${observationFeedback} (${cols(
        observationFeedback.organizationId,
        observationFeedback.observationId,
        observationFeedback.strength,
        observationFeedback.growthArea,
        observationFeedback.actionStepText,
        observationFeedback.howToPractise,
        observationFeedback.sharedAt,
        observationFeedback.createdAt,
        observationFeedback.updatedAt,
      )})
      select organization_id, id, 'A clear launch that every student could start.', 'Wait time after questions',
        'Wait three seconds after each question before calling on anyone.', 'Count silently; note who answers.',
        least(scheduled_at + interval '1 day', now()), scheduled_at, least(scheduled_at + interval '1 day', now())
      from ${observations} where status in ('feedback-shared', 'followed-up')`);
    await tx.execute(sql`
      insert into ${observationFollowUps} (${cols(
        observationFollowUps.organizationId,
        observationFollowUps.observationId,
        observationFollowUps.actionStepProgress,
        observationFollowUps.at,
        observationFollowUps.byId,
      )})
      select organization_id, id, (array['done', 'progressing', 'not-yet'])[1 + abs(hashtext(id::text)) % 3],
        least(scheduled_at + interval '5 days', now()), teacher_id
      from ${observations} where status = 'followed-up'`);

    // "Was this useful?" on cards, through the year.
    if (options.reactionsPerTeacher > 0)
      await tx.execute(sql`
        insert into ${resourceReactions} (${cols(
          resourceReactions.organizationId,
          resourceReactions.resourceId,
          resourceReactions.userId,
          resourceReactions.useful,
          resourceReactions.createdAt,
          resourceReactions.updatedAt,
        )})
        select ${organizationId}, 'bench-card-' || k, t.user_id, (t.i + k) % 3 <> 0, x.at, x.at
        from bench_teachers t cross join generate_series(0, ${options.reactionsPerTeacher - 1}) k
        cross join lateral (select now() - ((${options.reactionsPerTeacher} - k)
          * (${DAYS}::float8 / ${options.reactionsPerTeacher})) * interval '1 day' + (t.i % 600) * interval '1 minute' as at) x`);
  });

  const plans = await count(sql`${lessonPlans}`);
  const reflectionCount = await count(sql`${reflections}`);
  const observationCount = await count(sql`${observations}`);
  // The rest of the artefacts are community posts; meetings come with them.
  const collaboration = await seedCollaboration(db, {
    posts: Math.max(1, options.artefacts - plans - reflectionCount - observationCount),
    communities: options.communities,
    meetingsPerTeam: options.meetingsPerTeam,
  });
  // Meetings were last touched when they were held, not when the seed wrote them.
  await db.execute(sql`update ${meetings} set ${col(meetings.updatedAt)} = ${col(meetings.scheduledAt)}`);
  await db.execute(sql`vacuum analyze`);

  return {
    plans,
    reflections: reflectionCount,
    observations: observationCount,
    feedback: await count(sql`${observationFeedback}`),
    followUps: await count(sql`${observationFollowUps}`),
    posts: collaboration.summary.posts,
    reactions: await count(sql`${resourceReactions}`),
    meetings: collaboration.summary.meetings,
    collaboration: collaboration.summary,
    insertMs: Math.round(performance.now() - started),
  };
}

/** `count` new reactions now, from as many distinct teachers as there are (the incremental refresh's input). */
export async function addReactions(db: Db, count: number) {
  const [org] = await db.select({ id: organizations.id }).from(organizations).limit(1);
  await db.execute(sql`
    insert into ${resourceReactions} (${cols(
      resourceReactions.organizationId,
      resourceReactions.resourceId,
      resourceReactions.userId,
      resourceReactions.useful,
    )})
    with t as (
      select u.id as user_id, row_number() over (order by u.email) - 1 as i, count(*) over () as total
      from users u where u.organization_id = ${org!.id} and u.email like 'teacher%@scale.test')
    select ${org!.id}, 'bench-new-card-' || (n / t.total), t.user_id, n % 4 <> 0
    from generate_series(0, ${count - 1}) n join t on t.i = n % t.total`);
}
