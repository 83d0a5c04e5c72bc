import {
  type IndicatorCategory,
  REFLECTION_FIELDS,
  REFLECTION_LABELS,
  type ReflectionAnalysis,
  type ReflectionField,
  type ReflectionIndicator,
  type ReflectionInput,
} from '../contracts/reflections';
import type { Locale } from '../domain/roles';
import { decideLevel } from './cascade';
import { RULESET_VERSION } from './lexicons';
import { type Folded, fold, originalSpan } from './normalize';
import { NUDGES, type NudgeId, nudgeFor } from './nudges';
import { COMPILED, type CompiledLexicon, matchesIn, nextMatch } from './patterns';
import { findQuotes, mask, type Span, sentenceAt, splitSentences } from './sentences';

export interface ReflectionResult extends ReflectionAnalysis {
  rulesetVersion: string;
  /** Which nudge was chosen, so the UI and tests need not compare sentences. */
  nudgeId: NudgeId;
}

/** A long field could otherwise flood the teacher with the same highlight. */
const MAX_HITS_PER_ID_PER_FIELD = 10;
/** Indicator text for whole sentences (questions, plans) is shortened to about this length. */
const MAX_SENTENCE_TEXT = 200;

/** Categories that show the writer thinking: ignored inside a sentence that blames. */
const SELF_EXAMINING: ReadonlySet<IndicatorCategory> = new Set([
  'causal',
  'alternative',
  'self-question',
  'perspective',
]);

interface Hit {
  readonly id: string;
  readonly category: IndicatorCategory;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
}

interface FieldScan {
  readonly field: ReflectionField;
  readonly original: string;
  readonly folded: Folded;
  readonly hits: Hit[];
  readonly causalTied: boolean;
  readonly concretePlan: boolean;
}

function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** Keeps a long sentence readable as indicator text: its last ~200 characters, from a word start. */
function clip(text: string, span: Span): Span {
  if (span.end - span.start <= MAX_SENTENCE_TEXT) return span;
  const from = text.indexOf(' ', span.end - MAX_SENTENCE_TEXT);
  return { start: from > span.start && from < span.end ? from + 1 : span.end - MAX_SENTENCE_TEXT, end: span.end };
}

function lastMeaningfulChar(text: string, span: Span): string {
  for (let i = span.end - 1; i >= span.start; i--) {
    const c = text[i]!;
    if (!' "”»)\''.includes(c)) return c;
  }
  return '';
}

/** The `future-plan` markers that only say *when* ("next time", "la próxima clase"). */
const WHEN_MARKER = 'future-plan.next-time';

/** Spans, sorted and merged, of plan markers and of vague plans: words that name no move. */
function planNoise(text: string, hits: readonly Hit[], lex: CompiledLexicon): Span[] {
  const spans: Span[] = hits.filter((h) => h.id === WHEN_MARKER).map((h) => ({ start: h.start, end: h.end }));
  lex.vaguePlan.lastIndex = 0;
  for (let m = nextMatch(lex.vaguePlan, text); m !== null; m = nextMatch(lex.vaguePlan, text)) {
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  spans.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    else merged.push(s);
  }
  return merged;
}

function scanField(field: ReflectionField, original: string, lex: CompiledLexicon): FieldScan {
  const folded = fold(original);
  const text = folded.text;

  // Quotations are the students' words: evidence, and not the teacher's own reasons or questions.
  const quotes = findQuotes(text).filter((q) => {
    const inner = text.slice(q.start + 1, q.end - 1);
    return (
      wordCount(inner) >= 3 ||
      /[?!¿¡]/u.test(inner) ||
      lex.speechBefore.test(text.slice(Math.max(0, q.start - 40), q.start))
    );
  });
  const masked = mask(text, quotes);
  const sentences = splitSentences(masked);
  const sentenceOf = (pos: number) => sentenceAt(sentences, pos);

  const raw: Hit[] = [];
  for (const q of quotes) {
    raw.push({ id: 'evidence.quote', category: 'evidence', start: q.start, end: q.end, sentence: sentenceOf(q.start) });
  }
  for (const rule of lex.rules) {
    let count = 0;
    rule.regex.lastIndex = 0;
    for (
      let m = nextMatch(rule.regex, masked, rule.bounded);
      m !== null;
      m = nextMatch(rule.regex, masked, rule.bounded)
    ) {
      raw.push({
        id: rule.id,
        category: rule.category,
        start: m.index,
        end: m.index + m[0].length,
        sentence: sentenceOf(m.index),
      });
      if (++count >= MAX_HITS_PER_ID_PER_FIELD) break;
    }
  }
  let questions = 0;
  sentences.forEach((s, index) => {
    if (questions >= MAX_HITS_PER_ID_PER_FIELD) return;
    if (lastMeaningfulChar(masked, s) !== '?' || wordCount(masked.slice(s.start, s.end)) < 2) return;
    const open = masked.lastIndexOf('¿', s.end);
    const span = clip(masked, open >= s.start ? { start: open, end: s.end } : s);
    raw.push({ id: 'self-question.question', category: 'self-question', ...span, sentence: index });
    questions++;
  });

  const blameSentences = new Set(raw.filter((h) => h.category === 'blame').map((h) => h.sentence));
  const cueCache = new Map<number, boolean>();
  const hasCue = (i: number) => {
    let v = cueCache.get(i);
    if (v === undefined) {
      const s = sentences[i];
      v = s !== undefined && matchesIn(lex.teachingCue, masked, s.start, s.end);
      cueCache.set(i, v);
    }
    return v;
  };
  const hasStudent = (i: number) => {
    const s = sentences[i];
    return s !== undefined && matchesIn(lex.studentRef, masked, s.start, s.end);
  };

  const hits = raw.filter((h) => {
    // A reason, hedge or question inside a blaming sentence ("maybe they are just lazy")
    // looks outward, not at the teaching: it is neither shown nor counted.
    if (SELF_EXAMINING.has(h.category) && blameSentences.has(h.sentence)) return false;
    // Wider context counts only when tied to students in the same or a neighbouring sentence.
    if (h.category === 'context')
      return hasStudent(h.sentence - 1) || hasStudent(h.sentence) || hasStudent(h.sentence + 1);
    return true;
  });

  // A plan is concrete when it names a teaching move. Neither the marker ("next lesson", "la
  // próxima clase") nor an empty promise ("do better", "mejorar la clase") names one, so their
  // words are set aside before looking for a cue.
  const planText = mask(masked, planNoise(masked, hits, lex));
  const planCueCache = new Map<number, boolean>();
  const hasPlanCue = (i: number) => {
    let v = planCueCache.get(i);
    if (v === undefined) {
      const s = sentences[i];
      v = s !== undefined && matchesIn(lex.teachingCue, planText, s.start, s.end);
      planCueCache.set(i, v);
    }
    return v;
  };

  const causalTied = hits.some((h) => h.category === 'causal' && hasCue(h.sentence));
  let concretePlan = hits.some((h) => h.category === 'future-plan' && hasPlanCue(h.sentence));
  if (field === 'nextTime' && !concretePlan) {
    // The "next time" prompt is itself the plan marker: "Start with two worked examples."
    const index = sentences.findIndex((_, i) => hasPlanCue(i) && !blameSentences.has(i));
    const s = sentences[index];
    if (s !== undefined) {
      hits.push({ id: 'future-plan.next-time-field', category: 'future-plan', ...clip(masked, s), sentence: index });
      concretePlan = true;
    }
  }
  return { field, original, folded, hits, causalTied, concretePlan };
}

/**
 * Reflection depth (PEDAGOGY.md §2): finds indicators in the four prompts, applies the
 * ordered cascade and picks one nudge. Pure, synchronous and network-free, so it runs in the
 * browser while the teacher types and on the server with the same result.
 */
export function analyzeReflection(input: ReflectionInput, locale: Locale): ReflectionResult {
  const lex = COMPILED[locale] ?? COMPILED.en;
  const scans: FieldScan[] = [];
  for (const field of REFLECTION_FIELDS) {
    const value = input[field];
    if (typeof value === 'string' && value.trim().length > 0) scans.push(scanField(field, value, lex));
  }

  const all = scans.flatMap((s) => s.hits);
  const has = (category: IndicatorCategory) => all.some((h) => h.category === category);
  const signals = {
    causalTied: scans.some((s) => s.causalTied),
    concretePlan: scans.some((s) => s.concretePlan),
    evidence: has('evidence'),
    weighing: has('alternative') || has('self-question') || has('perspective'),
    assumption: has('assumption'),
    contextTied: has('context'),
    blame: has('blame'),
  };
  const decision = decideLevel(signals);
  const nudgeId = nudgeFor(decision.missing, decision.heldByBlame, signals.blame);

  const indicators: ReflectionIndicator[] = [];
  for (const scan of scans) {
    const seen = new Set<string>();
    const ordered = [...scan.hits].sort((a, b) => a.start - b.start || b.end - a.end);
    for (const h of ordered) {
      const key = `${h.id}:${h.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const text = originalSpan(scan.original, scan.folded, h.start, h.end);
      if (text.length > 0) indicators.push({ id: h.id, category: h.category, text, field: scan.field });
    }
  }

  return {
    level: decision.level,
    label: REFLECTION_LABELS[decision.level - 1]!,
    indicators,
    nudge: NUDGES[nudgeId][locale] ?? NUDGES[nudgeId].en,
    nudgeId,
    rulesetVersion: RULESET_VERSION,
  };
}
