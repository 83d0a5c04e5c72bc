import type { Rule } from '../types';

/**
 * A check only helps if its result changes what the teacher does next. Only checks written in
 * the structured checkForUnderstanding field are asked for a rule: a "cold call" named in
 * passing or a final assessment segment is counted as a check elsewhere, not questioned here.
 */
export const cfuNoDecisionRule: Rule = {
  ids: ['cfu.no-decision-rule'],
  run(f) {
    const missing = f.checks().filter((c) => c.structured && c.decision === null);
    if (missing.length === 0) return [];
    const evidence = missing.map((c) => ({ field: c.path, text: c.label }));
    return [f.insight('cfu.no-decision-rule', evidence, { check: missing[0]?.label ?? '' })];
  },
};
