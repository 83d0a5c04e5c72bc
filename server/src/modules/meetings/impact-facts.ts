import { and, eq, gt, inArray, isNotNull } from 'drizzle-orm';
import { type SourceFact, type SourceReader, touchedWeeks, weekOf, withinTouched } from '#core/impact/index';
import type { Db } from '../../db/client';
import { meetingAttendees, meetings } from './meetings.table';

const MINUTE = 60_000;

/**
 * Impact's facts from team meetings (injected), in the week each meeting was scheduled, for each
 * attendee: whether they were there (L1 completion), the minutes held when present (L3
 * collaboration minutes; impact adds them up per person-week against the 90-minute benchmark) and
 * one attendance for leader participation (impact keeps leaders' only). Ended meetings only.
 */
export const minutesFactsFrom =
  (db: Db): SourceReader =>
  async (organizationId, since) => {
    const changed = await db
      .select({ personId: meetingAttendees.userId, at: meetings.scheduledAt })
      .from(meetings)
      .innerJoin(
        meetingAttendees,
        and(eq(meetingAttendees.organizationId, organizationId), eq(meetingAttendees.meetingId, meetings.id)),
      )
      .where(and(eq(meetings.organizationId, organizationId), since ? gt(meetings.updatedAt, since) : undefined));
    const touched = touchedWeeks(changed);
    if (touched.length === 0) return { touched, facts: [] };
    const rows = await db
      .select({
        personId: meetingAttendees.userId,
        attendance: meetingAttendees.attendance,
        teamId: meetings.teamId,
        at: meetings.scheduledAt,
        startedAt: meetings.startedAt,
        endedAt: meetings.endedAt,
      })
      .from(meetings)
      .innerJoin(
        meetingAttendees,
        and(eq(meetingAttendees.organizationId, organizationId), eq(meetingAttendees.meetingId, meetings.id)),
      )
      .where(
        and(
          eq(meetings.organizationId, organizationId),
          eq(meetings.state, 'ended'),
          isNotNull(meetings.startedAt),
          inArray(meetingAttendees.userId, [...new Set(touched.map((t) => t.personId))]),
        ),
      );
    const facts: SourceFact[] = [];
    for (const row of rows) {
      const where = { personId: row.personId, week: weekOf(row.at), teamId: row.teamId };
      const present = row.attendance !== 'absent';
      facts.push({ metric: 'l1.meeting-completion', value: present ? 1 : 0, ...where });
      if (!present || !row.startedAt || !row.endedAt) continue;
      const minutes = Math.round((row.endedAt.getTime() - row.startedAt.getTime()) / MINUTE);
      facts.push({ metric: 'l3.collaboration-minutes', value: minutes, ...where });
      facts.push({ metric: 'l3.leader-participation', value: 1, ...where });
    }
    return { touched, facts: withinTouched(facts, touched) };
  };
