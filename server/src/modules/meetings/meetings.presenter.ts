import { totalMinutes } from '#core/protocols/schema';
import type { ActionItemRow, MeetingRow } from './meetings.repo';
import type { meetingArtefacts, meetingDecisions, meetingNotes, meetingProtocols } from './meetings.table';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const presentDistrictProtocol = (row: typeof meetingProtocols.$inferSelect) => ({
  id: row.id,
  builtIn: false,
  name: row.definition.name,
  purpose: row.definition.purpose,
  steps: row.definition.steps,
  minutes: totalMinutes(row.definition.steps),
});

export const presentSummary = (row: MeetingRow) => ({
  id: row.id,
  teamId: row.teamId,
  title: row.title,
  protocolName: row.protocolName,
  scheduledAt: row.scheduledAt.toISOString(),
  durationMinutes: row.durationMinutes,
  state: row.state,
  facilitatorId: row.facilitatorId,
  startedAt: iso(row.startedAt),
  endedAt: iso(row.endedAt),
});

export const presentActionItem = (row: ActionItemRow) => ({
  id: row.item.id,
  meetingId: row.item.meetingId,
  meetingTitle: row.meetingTitle,
  teamId: row.teamId,
  teamName: row.teamName,
  text: row.item.text,
  ownerId: row.item.ownerId,
  ownerName: row.ownerName,
  dueDate: row.item.dueDate,
  link: row.item.planId
    ? ({ kind: 'plan', planId: row.item.planId } as const)
    : row.item.growthFocus
      ? ({ kind: 'growth-focus' } as const)
      : null,
  status: row.item.status,
  createdAt: row.item.createdAt.toISOString(),
  completedAt: iso(row.item.completedAt),
});

export const presentDecision = (row: typeof meetingDecisions.$inferSelect) => ({
  id: row.id,
  stepIndex: row.stepIndex,
  text: row.text,
  createdBy: row.createdBy,
  createdAt: row.createdAt.toISOString(),
});

export const presentNote = (row: { note: typeof meetingNotes.$inferSelect; authorName: string }, readerId: string) => ({
  clientId: row.note.clientId,
  stepIndex: row.note.stepIndex,
  authorId: row.note.authorId,
  authorName: row.authorName,
  text: row.note.text,
  updatedAt: row.note.updatedAt.toISOString(),
  mine: row.note.authorId === readerId,
});

type Detail = {
  teamName: string;
  facilitatorName: string;
  attendees: { userId: string; name: string; attendance: 'expected' | 'present' | 'absent' }[];
  canRun: boolean;
  /** Null for the overview (leaders and admins outside the team). */
  work: {
    artefacts: (typeof meetingArtefacts.$inferSelect)[];
    decisions: (typeof meetingDecisions.$inferSelect)[];
    actionItems: ActionItemRow[];
  } | null;
};

export const presentMeeting = (row: MeetingRow, detail: Detail) => ({
  ...presentSummary(row),
  teamName: detail.teamName,
  facilitatorName: detail.facilitatorName,
  protocol: { id: row.protocolId, name: row.protocolName, steps: row.steps },
  currentStepIndex: row.currentStepIndex,
  stepStartedAt: iso(row.stepStartedAt),
  attendees: detail.attendees,
  access: detail.work ? ('member' as const) : ('overview' as const),
  artefacts: detail.work ? detail.work.artefacts.map((a) => ({ type: a.type, id: a.targetId, title: a.title })) : null,
  decisions: detail.work ? detail.work.decisions.map(presentDecision) : null,
  actionItems: detail.work ? detail.work.actionItems.map(presentActionItem) : null,
  canRun: detail.canRun,
});
