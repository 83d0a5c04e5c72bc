import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';

export type MeetingPractice = {
  /** Ended meetings scheduled in the span. */
  held: number;
  /** Of those, how many looked at a unit or a lesson plan. */
  onCurriculum: number;
  /** Of those, how many recorded a decision or an action item. */
  withCommitments: number;
  /** Distinct people present at those meetings: what the shares rest on. */
  people: number;
};
export type MeetingPracticeOf = (
  organizationId: string,
  span: { from: string; to: string },
) => Promise<MeetingPractice>;

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/**
 * How a district's held team meetings were used (injected; the self-assessment's curriculum and
 * collaboration indicators): what they looked at, and whether they ended with commitments.
 */
export const meetingPracticeFrom =
  (db: Db): MeetingPracticeOf =>
  async (organizationId, span) => {
    const [row] = rowsOf<MeetingPractice>(
      await db.execute(sql`
        with held as (
          select m.id from meetings m
          where m.organization_id = ${organizationId} and m.state = 'ended'
            and m.scheduled_at >= ${span.from}::date and m.scheduled_at < (${span.to}::date + 1)
        )
        select
          (select count(*)::int from held) as "held",
          (select count(*)::int from held h where exists (select 1 from meeting_artefacts a
            where a.organization_id = ${organizationId} and a.meeting_id = h.id and a.type in ('unit', 'plan'))) as "onCurriculum",
          (select count(*)::int from held h where exists (select 1 from meeting_decisions d
            where d.organization_id = ${organizationId} and d.meeting_id = h.id)
            or exists (select 1 from meeting_action_items i
            where i.organization_id = ${organizationId} and i.meeting_id = h.id)) as "withCommitments",
          (select count(distinct a.user_id)::int from meeting_attendees a join held h on h.id = a.meeting_id
            where a.organization_id = ${organizationId} and a.attendance <> 'absent') as "people"`),
    );
    return row ?? { held: 0, onCurriculum: 0, withCommitments: 0, people: 0 };
  };
