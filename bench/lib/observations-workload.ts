import { sql } from 'drizzle-orm';
import { OBSERVATION_LIMITS } from '#core/contracts/observations';
import type { Db } from '../../server/src/db/client';
import { rows } from './observations-seed';

/** What the load needs from the seeded database, read once before the server starts. */
export type Workload = {
  /** Every coach, by email; the caseload scenario rotates through all of them. */
  coaches: { id: string; email: string; caseload: number }[];
  /** Per coach (same order): visits the note-save scenario may write to, most recent first. */
  noteVisits: { id: string; notes: number }[][];
  /**
   * `observed` visits (feedback not shared) for the draft-save scenario, with the index of their
   * coach: every coach's most recent first, then every coach's second, and so on.
   */
  draftVisits: { coach: number; id: string }[];
  /** Built-in framework practices, to tag half of the new notes as observers do. */
  practiceIds: string[];
};

/**
 * A note-save connection moves to its coach's next visit when the current one reaches this many
 * notes: well under the server's cap, with room for a request cut off at the end of a run.
 */
export const NOTES_PER_VISIT = OBSERVATION_LIMITS.notesPerObservation - 20;
const NOTE_VISITS_PER_COACH = 300;
const DRAFT_VISITS_PER_COACH = 10;

export async function readWorkload(db: Db, organizationId: string): Promise<Workload> {
  const coaches = rows<{ id: string; email: string; caseload: number }>(
    await db.execute(sql`
      select u.id, u.email,
        (select count(distinct o.teacher_id)::int from observations o
          where o.organization_id = u.organization_id and o.observer_id = u.id) as caseload
      from memberships m join users u on u.id = m.user_id
      where m.organization_id = ${organizationId} and m.role = 'coach'
      order by u.email`),
  );
  // Visits that have happened come first (evidence is taken during the visit), newest first.
  const notes = rows<{ observer_id: string; id: string; notes: number }>(
    await db.execute(sql`
      select observer_id, id, notes from (
        select o.observer_id, o.id,
          (select count(*)::int from observation_notes n
            where n.organization_id = o.organization_id and n.observation_id = o.id) as notes,
          row_number() over (partition by o.observer_id order by o.scheduled_at > now(), o.scheduled_at desc) as rank
        from observations o
        where o.organization_id = ${organizationId} and o.status <> 'cancelled' and o.kind <> 'evaluative'
      ) v
      where rank <= ${NOTE_VISITS_PER_COACH} and notes < ${NOTES_PER_VISIT}
      order by observer_id, rank`),
  );
  const drafts = rows<{ observer_id: string; id: string; rank: number }>(
    await db.execute(sql`
      select observer_id, id, rank::int from (
        select o.observer_id, o.id,
          row_number() over (partition by o.observer_id order by o.scheduled_at desc) as rank
        from observations o
        where o.organization_id = ${organizationId} and o.status = 'observed' and o.kind <> 'evaluative'
      ) v
      where rank <= ${DRAFT_VISITS_PER_COACH}
      order by rank, observer_id`),
  );
  const practiceIds = rows<{ id: string }>(
    await db.execute(sql`select id from framework_practices where organization_id is null order by id limit 20`),
  ).map((row) => row.id);
  const byCoach = <T extends { observer_id: string }, U>(list: T[], pick: (row: T) => U): U[][] => {
    const lists = new Map(coaches.map((coach) => [coach.id, [] as U[]]));
    for (const row of list) lists.get(row.observer_id)?.push(pick(row));
    return coaches.map((coach) => lists.get(coach.id)!);
  };
  return {
    coaches,
    noteVisits: byCoach(notes, (row) => ({ id: row.id, notes: row.notes })),
    draftVisits: drafts.flatMap((row) => {
      const coach = coaches.findIndex((c) => c.id === row.observer_id);
      return coach === -1 ? [] : [{ coach, id: row.id }];
    }),
    practiceIds,
  };
}
