import type { Rule } from '../types';
import { supportFacts } from './supports';

/** "Differentiate as needed" names no learner and no scaffold: it cannot be acted on. */
export const supportsGeneric: Rule = {
  ids: ['supports.generic'],
  run(f) {
    const generic = supportFacts(f).filter((s) => s.generic && !s.namesGroup && !s.scaffold);
    if (generic.length === 0) return [];
    const evidence = generic.map((s) => ({ field: s.description.path, text: s.description.original }));
    return [f.insight('supports.generic', evidence, { support: generic[0]?.description.original.trim() ?? '' })];
  },
};
