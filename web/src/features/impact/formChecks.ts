import type { Dashboard, InitiativeTarget } from '#core/contracts/impact';

/** The pulse items still without an answer, in the order they are asked. */
export function unansweredItems<T extends { id: string }>(items: readonly T[], values: Record<string, number>): T[] {
  return items.filter((item) => values[item.id] === undefined);
}

export type TargetDraft = { metricId: string; value: string; byDate: string };
export type TargetField = keyof TargetDraft;
/** Per level, the fields of a half-filled target that still need something: 'required' or 'number'. */
export type TargetErrors = Partial<Record<number, Partial<Record<TargetField, 'required' | 'number'>>>>;

/**
 * The targets to send, or the problems of the half-filled ones (a target is all three fields or
 * none; a half-filled one is never dropped in silence). Levels in the order given (backwards).
 */
export function checkTargets(
  levels: readonly InitiativeTarget['level'][],
  drafts: Partial<Record<number, TargetDraft>>,
): { ok: true; targets: InitiativeTarget[] } | { ok: false; errors: TargetErrors } {
  const targets: InitiativeTarget[] = [];
  const errors: TargetErrors = {};
  for (const level of levels) {
    const d = drafts[level];
    const metricId = d?.metricId ?? '';
    const value = (d?.value ?? '').trim();
    const byDate = d?.byDate ?? '';
    if (metricId === '' && value === '' && byDate === '') continue;
    const problems: Partial<Record<TargetField, 'required' | 'number'>> = {};
    if (metricId === '') problems.metricId = 'required';
    if (value === '') problems.value = 'required';
    else if (!Number.isFinite(Number(value))) problems.value = 'number';
    if (byDate === '') problems.byDate = 'required';
    if (Object.keys(problems).length > 0) errors[level] = problems;
    else targets.push({ level, metricId: metricId as InitiativeTarget['metricId'], value: Number(value), byDate });
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, targets };
}

export type PracticeGroup = { frameworkId: string; title: string; practices: { id: string; title: string }[] };

/** Practices of every framework offered, one group per framework, in the frameworks' order. */
export function practiceGroups(
  frameworks: readonly {
    id: string;
    title: string;
    domains: readonly { practices: readonly { id: string; title: string }[] }[];
  }[],
): PracticeGroup[] {
  return frameworks
    .map((framework) => ({
      frameworkId: framework.id,
      title: framework.title,
      practices: framework.domains.flatMap((domain) =>
        domain.practices.map((practice) => ({ id: practice.id, title: practice.title })),
      ),
    }))
    .filter((group) => group.practices.length > 0);
}

export type GroupDimension = 'school' | 'team' | 'subject';

/**
 * A dashboard's filter choices for one dimension: every group its breakdowns name, once, sorted by
 * label. Built from the unfiltered dashboard, so picking school A still lists every school.
 */
export function groupChoices(dashboard: Dashboard | undefined, dimension: GroupDimension) {
  const seen = new Map<string, string>();
  for (const level of dashboard?.levels ?? [])
    for (const metric of level.metrics) for (const row of metric.breakdowns[dimension]) seen.set(row.key, row.label);
  return [...seen]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label) || a.value.localeCompare(b.value));
}
