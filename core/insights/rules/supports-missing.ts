import type { Rule } from '../types';
import { supportFacts } from './supports';

/** Planning supports in advance is what makes them specific. */
export const supportsMissing: Rule = {
  ids: ['supports.missing'],
  run(f) {
    if (supportFacts(f).length > 0) return [];
    return [f.insight('supports.missing', [{ field: 'supports', text: f.parts.absent.supports }])];
  },
};
