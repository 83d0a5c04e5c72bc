import type { Rule } from '../types';
import { sharedTerms } from './alignment';

/** An exit ticket that shares no content word with the objective may measure something else. */
export const alignmentExitTicketObjective: Rule = {
  ids: ['alignment.exit-ticket-objective'],
  run(f) {
    const terms = sharedTerms(f);
    if (!terms || terms.shared.length > 0 || terms.objectiveTerms.length === 0) return [];
    const list = terms.objectiveTerms.slice(0, 6).join(', ');
    const ticket = f.exitTicket();
    return [
      f.insight(
        'alignment.exit-ticket-objective',
        [
          { field: 'exitTicket', text: ticket?.original ?? '' },
          { field: f.objectives()[0]?.field.path ?? 'objectives', text: list },
        ],
        { terms: list },
      ),
    ];
  },
};
