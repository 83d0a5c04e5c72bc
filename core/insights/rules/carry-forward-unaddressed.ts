import { isBlank } from '../facts';
import { analyzeText } from '../text/tokenize';
import type { Rule } from '../types';

/**
 * The last reflection's "next time" should show up in the next plan. "Visibly addressed"
 * means at least one content word (stemmed, no function words) is shared with the plan, and
 * generic classroom words ("students", "practice", "tiempo", "grupos") do not count: every
 * plan has them, so only the specific move ("mini-whiteboards", "pregunta bisagra") can.
 */
export const carryForwardUnaddressed: Rule = {
  ids: ['carry-forward.unaddressed'],
  run(f) {
    const nextTime = f.context.previousNextTime;
    if (isBlank(nextTime)) return [];
    const stems = f.contentStems(analyzeText(nextTime, f.locale));
    if (stems.size === 0) return [];
    const plan = f.planStems();
    for (const stem of stems.keys()) if (plan.has(stem)) return [];
    return [
      f.insight('carry-forward.unaddressed', [{ field: 'context.previousNextTime', text: nextTime }], {
        nextTime: nextTime.trim().slice(0, 140),
      }),
    ];
  },
};
