import type { Rule } from '../types';
import { bloomGap, sharedTerms } from './alignment';

/** Named when the exit ticket shares content words with the objective and asks for its level. */
export const strengthAlignedExitTicket: Rule = {
  ids: ['strength.aligned-exit-ticket'],
  run(f) {
    const terms = sharedTerms(f);
    if (!terms || terms.shared.length === 0 || bloomGap(f)) return [];
    const list = terms.shared.slice(0, 5).join(', ');
    return [
      f.insight('strength.aligned-exit-ticket', [{ field: 'exitTicket', text: f.exitTicket()?.original ?? '' }], {
        terms: list,
      }),
    ];
  },
};
