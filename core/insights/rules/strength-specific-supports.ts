import type { Rule } from '../types';
import { supportFacts } from './supports';

export const strengthSpecificSupports: Rule = {
  ids: ['strength.specific-supports'],
  run(f) {
    const specific = supportFacts(f).filter((s) => s.namesGroup && s.scaffold);
    if (specific.length === 0) return [];
    const evidence = specific.map((s) => ({ field: s.description.path, text: s.description.original }));
    return [
      f.insight('strength.specific-supports', evidence, { support: specific[0]?.description.original.trim() ?? '' }),
    ];
  },
};
