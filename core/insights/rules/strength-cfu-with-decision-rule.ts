import type { Rule } from '../types';

export const strengthCfuWithDecisionRule: Rule = {
  ids: ['strength.cfu-with-decision-rule'],
  run(f) {
    const check = f.checks().find((c) => c.decision !== null);
    if (!check?.decision) return [];
    return [f.insight('strength.cfu-with-decision-rule', [check.decision], { check: check.label })];
  },
};
