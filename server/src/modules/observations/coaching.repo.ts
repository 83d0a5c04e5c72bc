import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { isId } from '../../platform/ids';

/*
 * The coaching views read observations in aggregate. Evaluative visits are left out of every
 * query here: they are never mixed into coaching views or growth analytics (PEDAGOGY.md §4).
 * Dates leave SQL as text (`::text`) because node-postgres would turn a `date` into a local
 * midnight, and numbers as float8/int because numeric arrives as a string. Days are UTC days,
 * like the follow-up rule's (districts' time zones come later).
 */

type Rows<T> = { rows: T[] };
const rowsOf = <T>(result: unknown) => (result as Rows<T>).rows;

/** Statuses of a visit that has happened and still waits for its follow-up. */
const PENDING = sql`('observed', 'feedback-shared')`;
const OPEN = sql`('scheduled', 'observed', 'feedback-shared')`;

export type CaseloadRow = {
  teacher_id: string;
  teacher_name: string;
  last_visit_at: Date | string | null;
  next_visit_at: Date | string | null;
  open_step_observation_id: string | null;
  open_step_text: string | null;
  next_follow_up_due: string | null;
  overdue: number;
};

export type FollowUpRow = {
  observation_id: string;
  teacher_id: string;
  teacher_name: string;
  due: string;
  action_step: string | null;
};

export type UpcomingRow = {
  observation_id: string;
  teacher_id: string;
  teacher_name: string;
  kind: 'coaching' | 'peer' | 'walkthrough' | 'evaluative';
  scheduled_at: Date | string;
  duration_minutes: number;
};

export type ActionStepRow = {
  observation_id: string;
  kind: ActionStepRowKind;
  observer_id: string;
  observer_name: string;
  teacher_id: string;
  teacher_name: string;
  scheduled_at: Date | string;
  status: string;
  action_step_text: string;
  how_to_practise: string;
  resource_id: string | null;
  practice_id: string | null;
  shared_at: Date | string;
  follow_up_due: string;
  progress: 'done' | 'progressing' | 'not-yet' | null;
  teacher_response: string | null;
};
type ActionStepRowKind = UpcomingRow['kind'];

export type SchoolMetricsRow = {
  teachers_visited: number;
  visits: number;
  median_days_to_feedback: number | null;
  follow_ups_due: number;
  follow_ups_on_time: number;
  mean_delay_days: number | null;
  overdue: number;
};

export const coachingRepo = {
  /**
   * One row per teacher the observer visits (not cancelled, not evaluative), by name. Visits are
   * grouped first and the open step's text fetched by key afterwards: joining feedback before
   * grouping made the planner read the whole feedback table (bench/observations.ts found it).
   */
  async caseload(db: Executor, organizationId: string, observerId: string, today: string) {
    return rowsOf<CaseloadRow>(
      await db.execute(sql`
        with visits as (
          select o.teacher_id,
            max(o.scheduled_at) filter (where o.status <> 'scheduled') as last_visit_at,
            min(o.scheduled_at) filter (where o.status = 'scheduled') as next_visit_at,
            (array_agg(o.id order by o.scheduled_at desc) filter (where o.status = 'feedback-shared'))[1]
              as open_step_observation_id,
            (min(o.follow_up_due) filter (where o.status in ${PENDING}))::text as next_follow_up_due,
            (count(*) filter (where o.status in ${OPEN} and o.follow_up_due < ${today}::date))::int as overdue
          from observations o
          where o.organization_id = ${organizationId} and o.observer_id = ${observerId}
            and o.kind <> 'evaluative' and o.status <> 'cancelled'
          group by o.teacher_id
        )
        select v.*, u.name as teacher_name,
          (select f.action_step_text from observation_feedback f
            where f.organization_id = ${organizationId} and f.observation_id = v.open_step_observation_id)
            as open_step_text
        from visits v
        join users u on u.id = v.teacher_id
        order by u.name, v.teacher_id`),
    );
  },

  /**
   * Follow-ups still to do, earliest due first: for visits that have evidence or feedback, and for
   * scheduled ones whose time has passed (they should have happened).
   */
  async pendingFollowUps(db: Executor, organizationId: string, observerId: string, now: Date, limit: number) {
    return rowsOf<FollowUpRow>(
      await db.execute(sql`
        select o.id as observation_id, o.teacher_id, u.name as teacher_name, o.follow_up_due::text as due,
          case when f.shared_at is not null then f.action_step_text end as action_step
        from observations o
        join users u on u.id = o.teacher_id
        left join observation_feedback f on f.organization_id = o.organization_id and f.observation_id = o.id
        where o.organization_id = ${organizationId} and o.observer_id = ${observerId}
          and o.kind <> 'evaluative' and o.status in ${OPEN}
          and (o.status <> 'scheduled' or o.scheduled_at <= ${now.toISOString()}::timestamptz)
        order by o.follow_up_due, o.scheduled_at, o.id
        limit ${limit}`),
    );
  },

  /** Visits not yet made, soonest first. */
  async upcoming(db: Executor, organizationId: string, observerId: string, limit: number) {
    return rowsOf<UpcomingRow>(
      await db.execute(sql`
        select o.id as observation_id, o.teacher_id, u.name as teacher_name, o.kind, o.scheduled_at,
          o.duration_minutes
        from observations o
        join users u on u.id = o.teacher_id
        where o.organization_id = ${organizationId} and o.observer_id = ${observerId}
          and o.kind <> 'evaluative' and o.status = 'scheduled'
        order by o.scheduled_at, o.id
        limit ${limit}`),
    );
  },

  async names(db: Executor, organizationId: string, userIds: string[]) {
    const ids = userIds.filter(isId);
    if (ids.length === 0) return new Map<string, string>();
    const rows = rowsOf<{ id: string; name: string }>(
      await db.execute(sql`
        select id, name from users
        where organization_id = ${organizationId} and id in (${sql.join(
          ids.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`),
    );
    return new Map(rows.map((row) => [row.id, row.name]));
  },

  /** Shared action steps, newest visit first: for a teacher (as observed) or given by an observer to one teacher. */
  async actionSteps(
    db: Executor,
    organizationId: string,
    who: { teacherId: string; observerId?: string | undefined },
    limit: number,
  ) {
    if (!isId(who.teacherId)) return [];
    const byObserver = who.observerId ? sql`and o.observer_id = ${who.observerId}` : sql``;
    return rowsOf<ActionStepRow>(
      await db.execute(sql`
        select o.id as observation_id, o.kind, o.observer_id, ob.name as observer_name, o.teacher_id,
          t.name as teacher_name, o.scheduled_at, o.status, f.action_step_text, f.how_to_practise, f.resource_id,
          f.practice_id, f.shared_at, o.follow_up_due::text as follow_up_due, fu.action_step_progress as progress,
          f.teacher_response
        from observations o
        join observation_feedback f on f.organization_id = o.organization_id and f.observation_id = o.id
        join users ob on ob.id = o.observer_id
        join users t on t.id = o.teacher_id
        left join observation_follow_ups fu on fu.organization_id = o.organization_id and fu.observation_id = o.id
        where o.organization_id = ${organizationId} and o.teacher_id = ${who.teacherId} ${byObserver}
          and f.shared_at is not null and o.status <> 'cancelled' and o.kind <> 'evaluative'
        order by o.scheduled_at desc, o.id desc
        limit ${limit}`),
    );
  },

  async schoolExists(db: Executor, organizationId: string, schoolId: string) {
    if (!isId(schoolId)) return false;
    const [row] = rowsOf<{ one: number }>(
      await db.execute(
        sql`select 1 as one from schools where organization_id = ${organizationId} and id = ${schoolId}`,
      ),
    );
    return row !== undefined;
  },

  /** How many people hold the teacher role at the school. */
  async schoolTeacherCount(db: Executor, organizationId: string, schoolId: string) {
    const [row] = rowsOf<{ n: number }>(
      await db.execute(sql`
        select count(distinct user_id)::int as n from memberships
        where organization_id = ${organizationId} and school_id = ${schoolId} and role = 'teacher'`),
    );
    return row?.n ?? 0;
  },

  /**
   * Counts and timeliness of the school's teachers' visits between two days (inclusive). A
   * teacher belongs to the school by holding the teacher role there.
   */
  async schoolMetrics(db: Executor, organizationId: string, schoolId: string, from: string, to: string) {
    const [row] = rowsOf<SchoolMetricsRow>(
      await db.execute(sql`
        with visits as (
          select o.*, f.shared_at, fu.at as followed_up_at
          from observations o
          left join observation_feedback f on f.organization_id = o.organization_id and f.observation_id = o.id
          left join observation_follow_ups fu on fu.organization_id = o.organization_id and fu.observation_id = o.id
          where o.organization_id = ${organizationId}
            and o.kind <> 'evaluative' and o.status not in ('scheduled', 'cancelled')
            and o.scheduled_at >= ${`${from}T00:00:00Z`}::timestamptz
            and o.scheduled_at < ${`${to}T00:00:00Z`}::timestamptz + interval '1 day'
            and o.teacher_id in (
              select user_id from memberships
              where organization_id = ${organizationId} and school_id = ${schoolId} and role = 'teacher')
        )
        select
          (count(distinct teacher_id))::int as teachers_visited,
          (count(*))::int as visits,
          (percentile_cont(0.5) within group (order by (shared_at at time zone 'UTC')::date - (scheduled_at at time zone 'UTC')::date)
            filter (where shared_at is not null))::float8 as median_days_to_feedback,
          (count(*) filter (where follow_up_due <= ${to}::date))::int as follow_ups_due,
          (count(*) filter (where follow_up_due <= ${to}::date and (followed_up_at at time zone 'UTC')::date <= follow_up_due))::int
            as follow_ups_on_time,
          (avg((followed_up_at at time zone 'UTC')::date - follow_up_due) filter (where (followed_up_at at time zone 'UTC')::date > follow_up_due))::float8
            as mean_delay_days,
          (count(*) filter (where followed_up_at is null and follow_up_due < ${to}::date))::int as overdue
        from visits`),
    );
    return row!;
  },

  /**
   * A teacher's shared action steps not yet done (no follow-up, or one short of "done"), newest
   * first, with the cards they point at: the step's own card and its practice's cards.
   */
  async openActionSteps(db: Executor, organizationId: string, teacherId: string, limit: number) {
    return rowsOf<{
      observation_id: string;
      action_step_text: string;
      follow_up_due: string | null;
      resource_ids: string[];
      practice_code: string | null;
      practice_built_in: boolean | null;
    }>(
      await db.execute(sql`
        select o.id as observation_id, f.action_step_text, o.follow_up_due::text as follow_up_due,
          array_remove(f.resource_id || coalesce(p.resource_ids, '{}'::text[]), null) as resource_ids,
          p.code as practice_code, p.organization_id is null as practice_built_in
        from observations o
        join observation_feedback f on f.organization_id = o.organization_id and f.observation_id = o.id
        left join framework_practices p on p.id = f.practice_id
        left join observation_follow_ups fu on fu.organization_id = o.organization_id and fu.observation_id = o.id
        where o.organization_id = ${organizationId} and o.teacher_id = ${teacherId}
          and f.shared_at is not null and o.status <> 'cancelled' and o.kind <> 'evaluative'
          and (fu.action_step_progress is null or fu.action_step_progress <> 'done')
        order by o.scheduled_at desc, o.id desc
        limit ${limit}`),
    );
  },
};
