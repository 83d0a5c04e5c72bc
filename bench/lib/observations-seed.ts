import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../server/src/db/client';

/**
 * Adds a coaching history to a database seeded by seedScale: every coach visits a caseload of
 * 25–40 teachers of their school, and the visits (exactly `observations` of them) are spread over
 * the last ~18 months and the next three weeks. All set-based SQL in one transaction, so 50,000
 * visits and their notes, feedback and follow-ups take seconds rather than 50,000 round trips.
 *
 * Statuses follow the age of the visit, as in a school that uses the tool: future visits are
 * scheduled; visits of the last two weeks are a mix of observed, feedback shared and followed up;
 * older ones are nearly all followed up, with a tail still waiting (overdue follow-ups); a few of
 * every age were cancelled. Visits that happened carry 2–6 evidence notes; shared feedback has an
 * action step; a third of observed visits have a draft.
 */
export type ObservationSeedOptions = { observations: number; seed?: number };

export type ObservationSeedSummary = {
  observations: number;
  /** Coach–teacher pairs (the sum of every coach's caseload). */
  caseloadPairs: number;
  caseloadMin: number;
  caseloadMax: number;
  notes: number;
  feedback: number;
  followUps: number;
  byStatus: Record<string, number>;
  /** Open visits (scheduled, observed, feedback shared) past their follow-up date. */
  overdue: number;
  insertMs: number;
};

export const CASELOAD = { min: 25, max: 40 } as const;
/** Visits span from this many days ago to FUTURE_DAYS ahead. */
const HISTORY_DAYS = 540;
const FUTURE_DAYS = 21;

const NOTE_TEXTS = [
  'T asks “Why do you think that?” and waits about 5 s; three hands go up.',
  '4 of 6 students at the back table are off task during independent practice.',
  'Exit ticket handed out at 10:42; 22 of 26 students finish before the bell.',
  'Student explains her strategy to the class using the double number line.',
  'T circulates with the class list and notes who adds instead of multiplying.',
  'Cold call: 7 different students answer in the first 10 minutes.',
  'Directions for the group task given twice; two groups ask again what to do.',
  'La docente pregunta “¿Cómo lo sabes?” y espera; responden cuatro estudiantes.',
  'Durante la práctica guiada, 5 de 28 estudiantes piden ayuda a su pareja.',
  'El objetivo está escrito en la pizarra y la docente lo lee en voz alta al inicio.',
  'Transición de la actividad grupal al cierre: 3 minutos, sin instrucciones repetidas.',
  'Un estudiante corrige su error en otro color después de revisar la pauta.',
];

const FEEDBACK = [
  {
    strength: 'Your wait time after questions gave more students the chance to think and answer.',
    growth: 'Checking for understanding before independent practice.',
    step: 'Ask one hinge question before releasing students to work on their own.',
    how: 'Plan the question and its two distractors; practise with me on Thursday.',
  },
  {
    strength: 'Students knew the routine for getting materials; the transition took under a minute.',
    growth: 'Giving clear directions for group tasks.',
    step: 'Give directions for group work once, in writing, and ask one student to repeat them.',
    how: 'Rehearse the script before the lesson; I will model it in your 3rd period.',
  },
  {
    strength: 'Las preguntas abiertas generaron explicaciones de varios estudiantes.',
    growth: 'Participación de todo el curso durante la discusión.',
    step: 'Usa el llamado al azar con palitos para las tres primeras preguntas de la discusión.',
    how: 'Prepara los palitos con los nombres y ensaya la frase de invitación antes de la clase.',
  },
];

/** The seed's only organization (seedScale makes exactly one). */
export async function organizationId(db: Db): Promise<string> {
  const [row] = rows<{ id: string }>(await db.execute(sql`select id from organizations order by id limit 1`));
  if (!row) throw new Error('no organization: run seedScale first');
  return row.id;
}

export async function seedObservations(db: Db, options: ObservationSeedOptions): Promise<ObservationSeedSummary> {
  const org = await organizationId(db);
  const practiceIds = rows<{ id: string }>(
    await db.execute(sql`select id from framework_practices where organization_id is null order by id`),
  ).map((row) => row.id);
  const started = performance.now();

  await db.transaction(async (tx) => {
    // Reproducible shapes from run to run: random() below follows this seed (one connection, the transaction's).
    await tx.execute(sql`select setseed(${options.seed ?? 0.42})`);
    await tx.execute(sql`
      create temporary table bench_pairs on commit drop as
      with coach as (
        select m.user_id as coach_id, m.school_id,
          (row_number() over (partition by m.school_id order by u.email) - 1)::int as coach_rank,
          (row_number() over (order by u.email) - 1)::int as global_rank,
          (count(*) over (partition by m.school_id))::int as coaches
        from memberships m join users u on u.id = m.user_id
        where m.organization_id = ${org} and m.role = 'coach'
      ), teacher as (
        select m.user_id as teacher_id, m.school_id,
          (row_number() over (partition by m.school_id order by u.email) - 1)::int as teacher_rank
        from memberships m join users u on u.id = m.user_id
        where m.organization_id = ${org} and m.role = 'teacher'
      )
      -- Coaches of a school take its teachers in turn, each up to their own caseload size.
      select (row_number() over (order by c.global_rank, t.teacher_rank) - 1)::int as pair,
        c.coach_id, t.teacher_id,
        (select k.id from classes k where k.organization_id = ${org} and k.owner_id = t.teacher_id
          order by k.name limit 1) as class_id
      from coach c
      join teacher t on t.school_id = c.school_id
        and t.teacher_rank % c.coaches = c.coach_rank
        and t.teacher_rank / c.coaches < ${CASELOAD.min} + (c.global_rank * 7) % ${CASELOAD.max - CASELOAD.min + 1}`);
    const [pairs] = rows<{ n: number }>(await tx.execute(sql`select count(*)::int as n from bench_pairs`));
    const pairCount = pairs?.n ?? 0;
    if (pairCount === 0) throw new Error('no coach–teacher pairs: the seed has no coaches or teachers');
    const perPair = Math.ceil(options.observations / pairCount);

    await tx.execute(sql`
      insert into observations (organization_id, observer_id, teacher_id, kind, status, scheduled_at,
        duration_minutes, class_id, focus_practice_ids, note, follow_up_due, created_at, updated_at)
      select ${org}, coach_id, teacher_id, kind, status, scheduled_at, duration_minutes, class_id, focus,
        note, follow_up_due, least(now(), scheduled_at - interval '7 days'),
        least(now(), scheduled_at + interval '2 days')
      from (
        select p.coach_id, p.teacher_id, p.class_id, at as scheduled_at,
          (at at time zone 'UTC')::date + 14 as follow_up_due,
          case when r_kind < 0.85 then 'coaching' else 'walkthrough' end as kind,
          (array[20, 30, 45])[1 + floor(r_kind * 1000)::int % 3] as duration_minutes,
          ${practices(practiceIds, sql`g`)} as focus,
          case when g % 9 = 0 then 'Agreed focus: the first ten minutes of the lesson.' end as note,
          case
            when r_status < 0.04 then 'cancelled'
            when at > now() then 'scheduled'
            when at > now() - interval '14 days' then case
              when r_status < 0.10 then 'scheduled'
              when r_status < 0.45 then 'observed'
              when r_status < 0.90 then 'feedback-shared'
              else 'followed-up' end
            when at > now() - interval '60 days' then case
              when r_status < 0.09 then 'observed'
              when r_status < 0.17 then 'feedback-shared'
              else 'followed-up' end
            else case
              when r_status < 0.07 then 'observed'
              when r_status < 0.10 then 'feedback-shared'
              else 'followed-up' end
          end as status
        from (
          select g, g % ${pairCount} as pair, random() as r_status, random() as r_kind,
            -- The pair's (g / pairs)-th visit of perPair, evenly spaced with some jitter, in school hours.
            date_trunc('day', now() - make_interval(days => ${HISTORY_DAYS})
              + ((g / ${pairCount}) + random() * 0.8) / ${perPair} * make_interval(days => ${HISTORY_DAYS + FUTURE_DAYS}))
              + make_interval(hours => 8) + random() * interval '7 hours' as at
          from generate_series(0, ${options.observations - 1}) g
        ) s
        join bench_pairs p on p.pair = s.pair
      ) v`);

    await tx.execute(sql`
      insert into observation_notes (organization_id, observation_id, client_id, at, text, practice_ids)
      select o.organization_id, o.id, gen_random_uuid(), o.scheduled_at + k * interval '3 minutes',
        (${textArray(NOTE_TEXTS)})[1 + (k + (hashtext(o.id::text) & 2147483647)) % ${NOTE_TEXTS.length}],
        case when k % 2 = 0 then o.focus_practice_ids else '{}'::uuid[] end
      from observations o
      cross join lateral generate_series(1, 2 + (hashtext(o.id::text) & 2147483647) % 5) k
      where o.organization_id = ${org} and o.status in ('observed', 'feedback-shared', 'followed-up')`);

    const pick = (field: 'strength' | 'growth' | 'step' | 'how') =>
      sql`(${textArray(FEEDBACK.map((f) => f[field]))})[1 + (hashtext(o.id::text) & 2147483647) % ${FEEDBACK.length}]`;
    await tx.execute(sql`
      insert into observation_feedback (organization_id, observation_id, strength, growth_area, action_step_text,
        how_to_practise, practice_id, shared_at, teacher_response, responded_at, created_at, updated_at)
      select o.organization_id, o.id, ${pick('strength')}, ${pick('growth')}, ${pick('step')}, ${pick('how')},
        o.focus_practice_ids[1], shared, case when responds then 'Thank you, I will try it on Monday.' end,
        case when responds then least(now(), shared + interval '1 day') end,
        least(now(), o.scheduled_at + interval '4 hours'), coalesce(shared, least(now(), o.scheduled_at + interval '4 hours'))
      from (
        select o.*, case when o.status <> 'observed'
            then least(now(), o.scheduled_at + random() * interval '3 days') end as shared,
          o.status = 'followed-up' and random() < 0.3 as responds
        from observations o
        where o.organization_id = ${org}
          and (o.status in ('feedback-shared', 'followed-up') or (o.status = 'observed' and random() < 0.33))
      ) o`);

    await tx.execute(sql`
      insert into observation_follow_ups (organization_id, observation_id, action_step_progress, note, at, by_id)
      select o.organization_id, o.id,
        case when r < 0.5 then 'done' when r < 0.85 then 'progressing' else 'not-yet' end,
        case when r < 0.2 then 'Seen in the follow-up visit: the step is now a routine.' end,
        -- Mostly on time, some a few days late; never in the future.
        least(now(), o.follow_up_due::timestamp at time zone 'UTC' - interval '3 days' + r * interval '6 days'), o.observer_id
      from (select o.*, random() as r from observations o
        where o.organization_id = ${org} and o.status = 'followed-up') o`);
  });
  const insertMs = Math.round(performance.now() - started);
  // Fresh statistics, so the measured queries are planned as they would be in production.
  await db.execute(sql`analyze observations, observation_notes, observation_feedback, observation_follow_ups`);
  return { ...(await summarize(db, org)), insertMs };
}

async function summarize(db: Db, org: string): Promise<Omit<ObservationSeedSummary, 'insertMs'>> {
  const count = async (table: SQL) =>
    rows<{ n: number }>(
      await db.execute(sql`select count(*)::int as n from ${table} where organization_id = ${org}`),
    )[0]?.n ?? 0;
  const byStatus = Object.fromEntries(
    rows<{ status: string; n: number }>(
      await db.execute(sql`select status, count(*)::int as n from observations
        where organization_id = ${org} group by status order by status`),
    ).map((row) => [row.status, row.n]),
  );
  const [caseload] = rows<{ pairs: number; min: number; max: number }>(
    await db.execute(sql`
      select count(*)::int as pairs, min(n)::int as min, max(n)::int as max from (
        select observer_id, count(distinct teacher_id) as n from observations
        where organization_id = ${org} group by observer_id) c`),
  );
  const [overdue] = rows<{ n: number }>(
    await db.execute(sql`select count(*)::int as n from observations where organization_id = ${org}
      and status in ('scheduled', 'observed', 'feedback-shared') and follow_up_due < (now() at time zone 'UTC')::date`),
  );
  const pairs = rows<{ n: number }>(
    await db.execute(sql`select count(distinct (observer_id, teacher_id))::int as n from observations
      where organization_id = ${org}`),
  )[0]?.n;
  return {
    observations: Object.values(byStatus).reduce((sum, n) => sum + n, 0),
    caseloadPairs: pairs ?? 0,
    caseloadMin: caseload?.min ?? 0,
    caseloadMax: caseload?.max ?? 0,
    notes: await count(sql`observation_notes`),
    feedback: await count(sql`observation_feedback`),
    followUps: await count(sql`observation_follow_ups`),
    byStatus,
    overdue: overdue?.n ?? 0,
  };
}

/** One or two of the built-in framework's practices as a visit's focus, or none when there is no framework. */
function practices(ids: string[], g: SQL): SQL {
  if (ids.length === 0) return sql`'{}'::uuid[]`;
  if (!ids.every((id) => UUID.test(id))) throw new Error('framework_practices.id is not a uuid');
  const list = sql`${sql.raw(`'{${ids.join(',')}}'`)}::uuid[]`;
  if (ids.length === 1) return sql`${list}`;
  return sql`case when ${g} % 3 = 0 then array[(${list})[1 + ${g} % ${ids.length}], (${list})[1 + (${g} + 1) % ${ids.length}]]
    else array[(${list})[1 + ${g} % ${ids.length}]] end`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const textArray = (texts: string[]) =>
  sql`array[${sql.join(
    texts.map((t) => sql`${t}::text`),
    sql`, `,
  )}]`;

/** node-postgres and PGlite both answer db.execute with `{ rows }`. */
export const rows = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;
