import { format } from '../messages';
import type { Rule } from '../types';

/**
 * One "why" prompt per plan, on the first key decision without a note: the objective, the
 * first check for understanding, then the grouping of the longest segment. A note counts
 * when its key is the decision's path or a parent of it ("segments[2]" covers its grouping).
 */
export const rationalePrompt: Rule = {
  ids: ['rationale.prompt'],
  run(f) {
    const notes = Object.entries(f.plan.rationale ?? {})
      .filter(([, v]) => typeof v === 'string' && v.trim() !== '')
      .map(([k]) => k.trim());
    const explained = (path: string) =>
      notes.some((k) => k === path || path.startsWith(`${k}.`) || path.startsWith(`${k}[`) || k.startsWith(`${path}.`));
    const decisions: { path: string; text: string; decision: string }[] = [];
    const objective = f.objectives()[0];
    if (objective)
      decisions.push({
        path: objective.field.path,
        text: objective.field.original,
        decision: f.parts.decisionObjective,
      });
    const check = f.checks()[0];
    if (check) decisions.push({ path: check.path, text: check.label, decision: f.parts.decisionCfu });
    let longest = -1;
    f.plan.segments.forEach((s, i) => {
      const best = longest >= 0 ? (f.plan.segments[longest]?.minutes ?? 0) : -1;
      if (s.grouping && typeof s.minutes === 'number' && s.minutes > best) longest = i;
    });
    const segment = f.plan.segments[longest];
    if (segment?.grouping) {
      const grouping = f.parts.groupings[segment.grouping];
      decisions.push({
        path: `segments[${longest}].grouping`,
        text: `${segment.title}: ${grouping}`,
        decision: format(f.parts.decisionGrouping, { grouping }),
      });
    }
    const open = decisions.find((d) => !explained(d.path));
    if (!open) return [];
    return [f.insight('rationale.prompt', [{ field: open.path, text: open.text }], { decision: open.decision })];
  },
};
