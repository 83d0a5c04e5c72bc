import {
  INDICATOR_CATEGORIES,
  type IndicatorCategory,
  REFLECTION_FIELDS,
  type ReflectionField,
  type ReflectionIndicator,
} from '#core/contracts/reflections';

/** A run of an answer's text: plain when `categories` is empty, otherwise highlighted for those indicators. */
export interface Segment {
  text: string;
  categories: IndicatorCategory[];
}

export interface IndicatorSpan {
  start: number;
  end: number;
  category: IndicatorCategory;
}

type Located = Pick<ReflectionIndicator, 'text' | 'category'>;

/**
 * Places each indicator's words in the answer they came from. Indicators carry their exact words
 * but not their offsets; the analyzer lists them in reading order, so each is looked for from
 * where the previous one started (a repeated "because" lands on its own occurrence, not the
 * first one). Words that are no longer in the text (edited since) are skipped.
 */
export function locateIndicators(text: string, indicators: readonly Located[]): IndicatorSpan[] {
  const spans: IndicatorSpan[] = [];
  const taken = new Set<string>();
  let from = 0;
  for (const { text: words, category } of indicators) {
    if (!words) continue;
    const key = (at: number) => `${category}:${at}:${words.length}`;
    let at = text.indexOf(words, from);
    while (at >= 0 && taken.has(key(at))) at = text.indexOf(words, at + 1);
    if (at < 0) {
      // Out of reading order (e.g. stored by an older ruleset): take the first free occurrence.
      at = text.indexOf(words);
      while (at >= 0 && taken.has(key(at))) at = text.indexOf(words, at + 1);
      if (at < 0) continue;
    } else {
      from = at;
    }
    taken.add(key(at));
    spans.push({ start: at, end: at + words.length, category });
  }
  return spans;
}

const ORDER = new Map(INDICATOR_CATEGORIES.map((category, index) => [category, index]));
const byOrder = (a: IndicatorCategory, b: IndicatorCategory) => (ORDER.get(a) ?? 0) - (ORDER.get(b) ?? 0);

/**
 * Cuts the text into plain and highlighted runs. Overlapping spans (a question that contains
 * "maybe") do not nest: each run lists every category covering it, and neighbouring runs with
 * the same categories are joined. Concatenating the runs gives the text back unchanged.
 */
export function splitHighlights(text: string, spans: readonly IndicatorSpan[]): Segment[] {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const categories = [...new Set(valid.filter((s) => s.start <= start && s.end >= end).map((s) => s.category))].sort(
      byOrder,
    );
    const last = segments.at(-1);
    if (last && last.categories.join() === categories.join()) last.text += text.slice(start, end);
    else segments.push({ text: text.slice(start, end), categories });
  }
  return segments;
}

/** Both steps for one answer. */
export function highlight(text: string, indicators: readonly Located[]): Segment[] {
  return splitHighlights(text, locateIndicators(text, indicators));
}

/**
 * Which indicators belong to which answer: by their `field`, or (older records without it) the
 * first answer that contains their words.
 */
export function indicatorsByField(
  answers: Partial<Record<ReflectionField, string | null | undefined>>,
  indicators: readonly ReflectionIndicator[],
): Record<ReflectionField, ReflectionIndicator[]> {
  const result = Object.fromEntries(REFLECTION_FIELDS.map((field) => [field, [] as ReflectionIndicator[]])) as Record<
    ReflectionField,
    ReflectionIndicator[]
  >;
  for (const indicator of indicators) {
    const field = indicator.field ?? REFLECTION_FIELDS.find((f) => (answers[f] ?? '').includes(indicator.text));
    if (field) result[field].push(indicator);
  }
  return result;
}
