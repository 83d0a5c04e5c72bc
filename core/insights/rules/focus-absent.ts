import { PhraseSet } from '../compiled';
import type { Rule } from '../types';

/** The growth focus should be visible where the teacher plans to try it. */
export const focusAbsent: Rule = {
  ids: ['focus.absent'],
  run(f) {
    const practices = f.context.focusPractices ?? [];
    const out = [];
    for (const practice of practices) {
      const terms = practice.lookForTerms.filter((t) => t.trim() !== '');
      if (terms.length === 0) continue;
      // Built per call: look-for terms come from the caller, not from the lexicon.
      const set = new PhraseSet(terms, f.locale);
      if (f.allTexts().some((t) => set.first(t) !== null)) continue;
      out.push(
        // The teacher reads the practice's name; the id is only the fallback of a caller that has none.
        f.insight('focus.absent', [{ field: 'focusPracticeIds', text: practice.title ?? practice.id }], {
          practice: practice.title ?? practice.id,
          terms: terms.slice(0, 4).join(', '),
        }),
      );
    }
    return out;
  },
};
