import type { Rule } from '../types';

/** One short question at the end tells the teacher who is ready for tomorrow. */
export const exitTicketMissing: Rule = {
  ids: ['exit-ticket.missing'],
  run(f) {
    if (f.exitTicket()) return [];
    if (f.plan.segments.some((s) => s.kind === 'assessment')) return [];
    for (let i = 0; i < f.plan.segments.length; i++) {
      if (f.segmentTexts(i).some((t) => f.lex.exitTicketTerms.first(t))) return [];
    }
    return [f.insight('exit-ticket.missing', [{ field: 'exitTicket', text: f.parts.absent.exitTicket }])];
  },
};
