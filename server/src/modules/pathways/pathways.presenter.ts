import type { Pathway, PathwayProgress, PathwayStep, PathwaySummary, Progress } from '#core/contracts/pathways';
import type { Locale } from '#core/domain/roles';
import { localized } from '#core/pathways/index';
import type { CompletionRow, PathwayRow, StepRow } from './pathways.repo';

/** A card as a step shows it: in the reader's language when the library has it. */
export type CardInfo = { title: string; summary: string };

type SummaryFacts = { stepCount: number; enrolled: boolean; progress: Progress | null; canEdit: boolean };

export function presentSummary(row: PathwayRow, facts: SummaryFacts, locale: Locale): PathwaySummary {
  return {
    id: row.id,
    title: localized(row.title, locale) ?? '',
    description: localized(row.description, locale),
    audience: row.audience,
    status: row.status,
    initiativeId: row.initiativeId,
    stepCount: facts.stepCount,
    enrolled: facts.enrolled,
    progress: facts.progress,
    canEdit: facts.canEdit,
    updatedAt: row.updatedAt.toISOString(),
  };
}

function presentStep(
  step: StepRow,
  card: CardInfo | undefined,
  completion: CompletionRow | undefined,
  plans: Map<string, { id: string; title: string }>,
  locale: Locale,
): PathwayStep {
  const plan = completion?.planId ? plans.get(completion.planId) : undefined;
  return {
    id: step.id,
    kind: step.kind,
    cardId: step.cardSlug,
    title: step.kind === 'card' ? (card?.title ?? step.cardSlug ?? '') : (localized(step.title, locale) ?? ''),
    summary: step.kind === 'card' ? (card?.summary ?? null) : null,
    instructions: step.kind === 'task' ? localized(step.instructions, locale) : null,
    // Only the caller's own completion ever reaches here (the service reads no one else's).
    completion: completion
      ? {
          completedAt: completion.completedAt.toISOString(),
          note: completion.note,
          plan: plan ? { id: plan.id, title: plan.title } : null,
        }
      : null,
  };
}

export function presentPathway(
  detail: { pathway: PathwayRow; authorName: string | null },
  steps: StepRow[],
  facts: Omit<SummaryFacts, 'stepCount'> & {
    cards: Map<string, CardInfo>;
    completions: CompletionRow[];
    plans: Map<string, { id: string; title: string }>;
  },
  locale: Locale,
): Pathway {
  const byStep = new Map(facts.completions.map((c) => [c.stepId, c]));
  const row = detail.pathway;
  return {
    ...presentSummary(row, { ...facts, stepCount: steps.length }, locale),
    authorName: detail.authorName,
    steps: steps.map((step) =>
      presentStep(
        step,
        step.cardSlug ? facts.cards.get(step.cardSlug) : undefined,
        byStep.get(step.id),
        facts.plans,
        locale,
      ),
    ),
    source: facts.canEdit
      ? {
          title: row.title,
          description: row.description,
          steps: steps.map((step) => ({
            id: step.id,
            kind: step.kind,
            cardId: step.cardSlug,
            title: step.title,
            instructions: step.instructions,
          })),
        }
      : null,
  };
}

/** Counts only: `counts` already suppressed for small groups, `people` already those the caller may follow up with. */
export function presentProgress(
  steps: StepRow[],
  counts: Map<string, number | null>,
  enrolled: number,
  people: { userId: string; name: string; assignedBy: string | null }[],
  completedBy: Map<string, number>,
  cards: Map<string, CardInfo>,
  locale: Locale,
): PathwayProgress {
  return {
    enrolled,
    steps: steps.map((step) => ({
      stepId: step.id,
      title: step.cardSlug ? (cards.get(step.cardSlug)?.title ?? step.cardSlug) : (localized(step.title, locale) ?? ''),
      completed: counts.get(step.id) ?? null,
    })),
    people: people.map((person) => ({
      userId: person.userId,
      name: person.name,
      completed: completedBy.get(person.userId) ?? 0,
      total: steps.length,
      assigned: person.assignedBy !== null,
    })),
  };
}
