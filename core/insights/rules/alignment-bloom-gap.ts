import type { Rule } from '../types';
import { bloomGap } from './alignment';

/** "Analyze" in the objective but "list" in the exit ticket: the ticket asks for less. */
export const alignmentBloomGap: Rule = {
  ids: ['alignment.bloom-gap'],
  run(f) {
    const gap = bloomGap(f);
    if (!gap) return [];
    const objectiveLevels = f.levelRange(gap.objective.levels);
    const ticketLevels = f.levelRange(gap.ticket.levels);
    return [
      f.insight(
        'alignment.bloom-gap',
        [
          { field: gap.objectivePath, text: `${gap.objective.word} (${objectiveLevels})` },
          { field: 'exitTicket', text: `${gap.ticket.word} (${ticketLevels})` },
        ],
        { objectiveVerb: gap.objective.word, objectiveLevels, ticketVerb: gap.ticket.word, ticketLevels },
      ),
    ];
  },
};
