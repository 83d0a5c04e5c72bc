import type { FieldText, PlanFacts } from '../facts';
import { isBlank } from '../facts';

export type SupportFacts = {
  index: number;
  description: FieldText;
  namesGroup: boolean;
  scaffold: boolean;
  generic: boolean;
};

/**
 * A support names a group when its "for" is specific (not "all" or "as needed") or its text
 * names one (English learners, IEP, early finishers…); a scaffold when it names a concrete
 * support (sentence frames, word bank…); boilerplate when it matches a generic phrase.
 */
export function supportFacts(f: PlanFacts): SupportFacts[] {
  return (f.plan.supports ?? []).flatMap((s, index) => {
    if (isBlank(s.description) && isBlank(s.for)) return [];
    const description = f.text(`supports[${index}].description`, s.description ?? '');
    const forText = isBlank(s.for) ? null : f.text(`supports[${index}].for`, s.for);
    const namesGroup =
      (forText !== null && f.match(forText, f.lex.genericGroup) === null) ||
      f.lex.supportGroups.first(description) !== null;
    const scaffold = f.lex.scaffolds.first(description) !== null;
    const generic = f.match(description, f.lex.genericSupport) !== null || description.tokens.length <= 2;
    return [{ index, description, namesGroup, scaffold, generic }];
  });
}
