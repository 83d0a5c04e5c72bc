import { and, eq } from 'drizzle-orm';
import { addDays, mondayOf, utcDay } from '#core/domain/calendar';
import { builtInProtocol } from '#core/protocols/index';
import {
  meetingActionItems,
  meetingAttendees,
  meetingDecisions,
  meetingNotes,
  meetings,
} from '../../modules/meetings/meetings.table';
import { teamMembers, teams } from '../../modules/organizations/organizations.table';
import type { Tx } from '../client';

/**
 * The Grade 7 Math team meets on Thursdays: last week's lesson internalisation was held (90
 * minutes, with notes, a decision and an action item), and this week's look at student work is
 * scheduled — so the team page, its minutes chart and the runner have something to show.
 */
export async function seedDemoMeetings(tx: Tx, organizationId: string, userId: (email: string) => string, now: Date) {
  const [team] = await tx
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.organizationId, organizationId), eq(teams.name, 'Grade 7 Math')));
  if (!team) return;
  await tx
    .update(teams)
    .set({ type: 'shared-content', cadence: { weekday: 4, startTime: '15:30', minutes: 90 } })
    .where(eq(teams.id, team.id));
  const members = await tx
    .select({ userId: teamMembers.userId })
    .from(teamMembers)
    .where(and(eq(teamMembers.organizationId, organizationId), eq(teamMembers.teamId, team.id)));
  const lead = userId('teacher@example.org');
  const thursday = (weeks: number) => new Date(`${addDays(mondayOf(utcDay(now)), 3 + 7 * weeks)}T15:30:00Z`);

  const internalisation = builtInProtocol('lesson-internalisation')!;
  const heldAt = thursday(-1);
  const [held] = await tx
    .insert(meetings)
    .values({
      organizationId,
      teamId: team.id,
      protocolId: internalisation.id,
      protocolName: internalisation.name,
      steps: internalisation.steps,
      title: 'Lesson internalisation: unit rates',
      scheduledAt: heldAt,
      durationMinutes: 90,
      facilitatorId: lead,
      createdBy: lead,
      state: 'ended',
      currentStepIndex: internalisation.steps.length - 1,
      startedAt: heldAt,
      endedAt: new Date(heldAt.getTime() + 90 * 60_000),
    })
    .returning();
  await tx.insert(meetingAttendees).values(
    members.map((m) => ({
      organizationId,
      meetingId: held!.id,
      userId: m.userId,
      attendance: m.userId === userId('sam.okafor@example.org') ? ('absent' as const) : ('present' as const),
    })),
  );
  await tx.insert(meetingNotes).values({
    organizationId,
    meetingId: held!.id,
    stepIndex: 2,
    authorId: userId('jordan.lee@example.org'),
    clientId: '0f6a3c1e-5d2b-4c7a-9e1f-3b8d2a6c4e10',
    text: 'Students will stall on 3/4 ÷ 1/2 as a rate: plan a double number line first.',
  });
  await tx.insert(meetingDecisions).values({
    organizationId,
    meetingId: held!.id,
    stepIndex: 4,
    text: 'Everyone uses the same exit ticket on Friday and brings it next Thursday.',
    createdBy: lead,
  });
  await tx.insert(meetingActionItems).values({
    organizationId,
    meetingId: held!.id,
    text: 'Write the exemplar answer for the Friday exit ticket',
    ownerId: userId('jordan.lee@example.org'),
    dueDate: addDays(utcDay(heldAt), 6),
    createdBy: lead,
  });

  const lasw = builtInProtocol('looking-at-student-work')!;
  const [next] = await tx
    .insert(meetings)
    .values({
      organizationId,
      teamId: team.id,
      protocolId: lasw.id,
      protocolName: lasw.name,
      steps: lasw.steps,
      title: 'Looking at Friday’s exit tickets',
      scheduledAt: thursday(0),
      durationMinutes: 50,
      facilitatorId: lead,
      createdBy: lead,
    })
    .returning();
  await tx
    .insert(meetingAttendees)
    .values(members.map((m) => ({ organizationId, meetingId: next!.id, userId: m.userId })));
}
