import type { FieldText, PlanFacts } from '../facts';

/** Closure segments: kind "closure", or a title that names one ("Cierre", "Wrap-up"). */
export function closureSegments(f: PlanFacts): number[] {
  const out: number[] = [];
  f.plan.segments.forEach((s, i) => {
    const title = f.segmentTexts(i).find((t) => t.path.endsWith('.title'));
    if (s.kind === 'closure' || (title && f.lex.closureTerms.first(title))) out.push(i);
  });
  return out;
}

/** A closure named only inside a description ("…then a 3-2-1 to close"). */
export function closureInText(f: PlanFacts): FieldText | null {
  for (let i = 0; i < f.plan.segments.length; i++) {
    for (const t of f.segmentTexts(i)) if (f.lex.closureTerms.first(t)) return t;
  }
  return null;
}
