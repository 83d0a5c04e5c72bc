import type {
  Cycle,
  CycleLink,
  CycleSummary,
  CycleTimelineItem,
  PracticeSession,
  ProgressCheck,
} from '#core/contracts/cycles';
import { utcDay } from '#core/domain/calendar';
import type { CheckRow, CycleListRow, LinkRow, LinkWithArtefact, SessionRow } from './cycles.repo';

export function presentSummary({ cycle: c, coachName, teacherName, latestValue }: CycleListRow): CycleSummary {
  return {
    id: c.id,
    coach: { id: c.coachId, name: coachName },
    teacher: { id: c.teacherId, name: teacherName },
    goal: c.goal,
    stage: c.stage,
    unit: c.unit,
    baselineValue: c.baselineValue,
    targetValue: c.targetValue,
    targetDate: c.targetDate,
    latestValue: latestValue === null ? null : Number(latestValue),
    closedAt: c.closedAt?.toISOString() ?? null,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

export const presentSession = (row: SessionRow): PracticeSession => ({
  id: row.id,
  clientId: row.clientId,
  date: row.date,
  kind: row.kind,
  notes: row.notes,
  createdBy: row.createdBy,
  createdAt: row.createdAt.toISOString(),
});

export const presentCheck = (row: CheckRow): ProgressCheck => ({
  id: row.id,
  clientId: row.clientId,
  date: row.date,
  value: row.value,
  note: row.note,
  createdBy: row.createdBy,
  createdAt: row.createdAt.toISOString(),
});

export const linkTargetId = (row: LinkRow) => (row.planId ?? row.observationId ?? row.reflectionId) as string;

export const presentLink = (row: LinkRow): CycleLink => ({
  id: row.id,
  kind: row.kind,
  targetId: linkTargetId(row),
  createdBy: row.createdBy,
  createdAt: row.createdAt.toISOString(),
});

export function presentCycle(
  summary: CycleListRow,
  parts: { cardTitle: string | null; sessions: SessionRow[]; checks: CheckRow[]; links: LinkRow[] },
): Cycle {
  const c = summary.cycle;
  return {
    ...presentSummary(summary),
    measure: c.measure,
    baselineEvidence: c.baselineEvidence,
    strategy: { cardId: c.strategyCardId, cardTitle: c.strategyCardId ? parts.cardTitle : null, text: c.strategyText },
    outcome: c.outcome,
    teacherReflection: c.teacherReflection,
    reflectedAt: c.reflectedAt?.toISOString() ?? null,
    sessions: parts.sessions.map(presentSession),
    checks: parts.checks.map(presentCheck),
    links: parts.links.map(presentLink),
  };
}

type Dated = { item: CycleTimelineItem; at: number };

const blank = { title: null, text: null, value: null, subtype: null, linkId: null, planId: null } as const;

/** A linked artefact as a timeline event: a title, a date and only what both people may see. */
function artefactItem(row: LinkWithArtefact): Dated | null {
  const { link, plan, observation, feedback, reflection, reflectedPlan } = row;
  if (link.kind === 'plan' && plan && link.planId) {
    const moment = plan.date ? Date.parse(`${plan.date}T00:00:00Z`) : plan.createdAt.getTime();
    return {
      at: moment,
      item: {
        ...blank,
        kind: 'plan',
        id: link.planId,
        date: plan.date ?? utcDay(plan.createdAt),
        title: plan.title,
        linkId: link.id,
        planId: link.planId,
      },
    };
  }
  if (link.kind === 'observation' && observation && link.observationId) {
    return {
      at: observation.scheduledAt.getTime(),
      item: {
        ...blank,
        kind: 'observation',
        id: link.observationId,
        date: utcDay(observation.scheduledAt),
        subtype: observation.kind,
        // The action step only once the teacher has it: never the observer's draft.
        text: feedback?.sharedAt ? feedback.actionStepText : null,
        linkId: link.id,
      },
    };
  }
  if (link.kind === 'reflection' && reflection && link.reflectionId) {
    return {
      at: reflection.createdAt.getTime(),
      item: {
        ...blank,
        kind: 'reflection',
        id: link.reflectionId,
        date: utcDay(reflection.createdAt),
        title: reflectedPlan?.title ?? null,
        text: reflection.nextTime,
        linkId: link.id,
        planId: reflection.planId,
      },
    };
  }
  return null;
}

/**
 * Everything that happened in the cycle, oldest first: by day, then by when it was recorded
 * (a session and a check of the same day keep the order they were written in).
 */
export function buildTimeline(
  cycle: CycleListRow['cycle'],
  parts: { sessions: SessionRow[]; checks: CheckRow[]; links: LinkWithArtefact[] },
): CycleTimelineItem[] {
  const dated: Dated[] = [
    {
      at: cycle.createdAt.getTime(),
      item: { ...blank, kind: 'opened', id: cycle.id, date: utcDay(cycle.createdAt), text: cycle.goal },
    },
    ...parts.sessions.map((s) => ({
      at: s.createdAt.getTime(),
      item: { ...blank, kind: 'session' as const, id: s.id, date: s.date, subtype: s.kind, text: s.notes },
    })),
    ...parts.checks.map((c) => ({
      at: c.createdAt.getTime(),
      item: { ...blank, kind: 'check' as const, id: c.id, date: c.date, value: c.value, text: c.note },
    })),
    ...parts.links.flatMap((row) => artefactItem(row) ?? []),
  ];
  if (cycle.closedAt)
    dated.push({
      at: cycle.closedAt.getTime(),
      item: { ...blank, kind: 'closed', id: cycle.id, date: utcDay(cycle.closedAt), text: cycle.outcome },
    });
  return dated
    .sort((a, b) => (a.item.date < b.item.date ? -1 : a.item.date > b.item.date ? 1 : a.at - b.at))
    .map((d) => d.item);
}
