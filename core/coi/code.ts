import {
  COI_CATEGORIES,
  COI_PHASES,
  type CoiCategory,
  type CoiCode,
  type CoiCoding,
  type CoiIndicator,
  type CoiPhase,
  type CoiPresence,
} from '../contracts/coi';
import type { Locale } from '../domain/roles';
import { type Folded, fold } from '../reflection/normalize';
import { COI_LEXICONS, COI_RULESET_VERSION, type CoiLexicon } from './lexicons';

export interface CodePostInput {
  readonly text: string;
  readonly locale: Locale;
  /** The post answers another post (continuing a thread is an open-communication indicator). */
  readonly isReply: boolean;
  /** Teaching-presence codes are surer when the author facilitates the community. */
  readonly authorIsFacilitator: boolean;
}

/** Teaching presence from a participant is real (Garrison et al.) but a weaker draft. */
const PARTICIPANT_TEACHING_FACTOR = 0.6;
/** Cue weights for a phase add up to at least this before the phase counts as evident. */
const EVIDENT = 0.999;

const PRESENCE_OF = new Map<CoiCategory, CoiPresence>(
  (Object.entries(COI_CATEGORIES) as [CoiPresence, readonly CoiCategory[]][]).flatMap(([presence, cats]) =>
    cats.map((c) => [c, presence] as const),
  ),
);

interface CompiledRule {
  readonly category: CoiCategory;
  readonly indicator: CoiIndicator;
  readonly regex: RegExp;
  readonly bounded: boolean;
  readonly weight: number;
}

interface CompiledLexicon {
  readonly rules: readonly CompiledRule[];
  /** A greeting or thanks, then a space: a capitalised word right after it is a vocative. */
  readonly nameLead: RegExp;
  readonly notNames: ReadonlySet<string>;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function alternation(patterns: readonly string[], bounded: boolean): string {
  const body = patterns.map((p) => `(?:${p})`).join('|');
  return bounded ? `(?:${body})(?![\\p{L}\\p{N}])` : body;
}

function compile(lexicon: CoiLexicon): CompiledLexicon {
  return {
    rules: lexicon.rules.map((rule) => {
      const bounded = rule.bounded ?? true;
      return {
        category: rule.category,
        indicator: rule.indicator,
        regex: new RegExp(alternation(rule.patterns, bounded), 'gu'),
        bounded,
        weight: rule.weight ?? 1,
      };
    }),
    nameLead: new RegExp(`${alternation(lexicon.nameLeads, true)},? `, 'gu'),
    notNames: new Set(lexicon.notNames),
  };
}

const COMPILED: Readonly<Record<Locale, CompiledLexicon>> = {
  en: compile(COI_LEXICONS.en),
  es: compile(COI_LEXICONS.es),
};

/** Every match of a global regex whose left edge is a word boundary (when bounded). */
function* matches(regex: RegExp, text: string, bounded: boolean): Generator<RegExpExecArray> {
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    if (m[0].length === 0) {
      regex.lastIndex = m.index + 1;
      continue;
    }
    if (bounded && m.index > 0 && WORD_CHAR.test(text[m.index - 1]!)) {
      regex.lastIndex = m.index + 1;
      continue;
    }
    yield m;
  }
}

interface Span {
  readonly start: number;
  readonly end: number;
}

const SPACE = /\s/u;

/** Shrinks [start, end) of the original text to leave out surrounding whitespace. */
function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && SPACE.test(text[s]!)) s++;
  while (e > s && SPACE.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/** Original-text span behind folded positions [start, end). */
function fromFolded(text: string, folded: Folded, start: number, end: number): Span {
  return trimSpan(text, folded.starts[start]!, folded.ends[end - 1]!);
}

/** Sentences of the original text: runs ending at . ! ? … or a line break (the mark included). */
function sentences(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^.!?…\n]*(?:[.!?…]+|\n|$)/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      if (re.lastIndex > text.length) break;
      continue;
    }
    const span = trimSpan(text, m.index, m.index + m[0].length);
    if (span.end > span.start && /[\p{L}\p{N}]/u.test(text.slice(span.start, span.end))) out.push(span);
  }
  return out;
}

const EMOJI = /(?:\p{Extended_Pictographic}(?:\u200d\p{Extended_Pictographic}|[\u{1f3fb}-\u{1f3ff}\ufe0f])*)+/gu;
const SMILEY = /(?<![\p{L}\p{N}])(?:[:=]-?[)(DPp]|<3)(?![\p{L}\p{N}])/gu;
const WINK = /(?<![\p{L}\p{N}]);-?[)D](?![\p{L}\p{N}])/gu;
/** Runs of two or more marks; only runs with "!!", "!?" or "?!" count as emotion. */
const MARK_RUN = /[!?¡¿]{2,}/gu;
const EMPHATIC = /!!|!\?|\?!/u;
const SHOUT =
  /(?<![\p{L}\p{N}])\p{Lu}{3,}(?:[ ]+\p{Lu}{2,})*!+|(?<![\p{L}\p{N}])\p{Lu}{3,}(?:[ ]+\p{Lu}{3,})+(?![\p{L}\p{N}])/gu;
const MENTION = /(?<![\p{L}\p{N}_])@[\p{L}\p{N}_][\p{L}\p{N}_.-]*[\p{L}\p{N}_]?/gu;
const CAPITALISED = /^\p{Lu}[\p{Ll}\p{M}]+(?:[- ]\p{Lu}[\p{Ll}\p{M}]+)?/u;
const NAME_BEFORE_MARK = /(?<=[,] )\p{Lu}[\p{Ll}\p{M}]+(?=[!.?])/gu;
const NAME_AT_START = /(?<=^|\n)[ \t¡]*(\p{Lu}[\p{Ll}\p{M}]+),/gu;
const QUOTE_LINE = /(?<=^|\n)[ \t]*>[^\n]+/gu;
const QUOTED = /"[^"\n]{3,}"|“[^”\n]{3,}”|«[^»\n]{3,}»/gu;

interface Draft {
  readonly category: CoiCategory;
  readonly indicator: CoiIndicator;
  readonly span: Span;
  readonly weight: number;
}

function structural(input: CodePostInput, lexicon: CompiledLexicon, folded: Folded): Draft[] {
  const { text } = input;
  const out: Draft[] = [];
  const add = (category: CoiCategory, indicator: CoiIndicator, start: number, end: number, weight = 1) => {
    const span = trimSpan(text, start, end);
    if (span.end > span.start) out.push({ category, indicator, span, weight });
  };
  const each = (regex: RegExp, fn: (m: RegExpExecArray) => void) => {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      fn(m);
    }
  };

  // Affective: emoji, smileys, repeated marks, shouting. A wink is humour.
  each(EMOJI, (m) => add('affective', 'emotion', m.index, m.index + m[0].length));
  each(SMILEY, (m) => add('affective', 'emotion', m.index, m.index + m[0].length));
  each(WINK, (m) => add('affective', 'humour', m.index, m.index + m[0].length));
  each(MARK_RUN, (m) => {
    if (EMPHATIC.test(m[0])) add('affective', 'emotion', m.index, m.index + m[0].length, 0.8);
  });
  each(SHOUT, (m) => add('affective', 'emotion', m.index, m.index + m[0].length, 0.8));

  // Group cohesion: vocatives (@name, "Hi Ana,", "Gracias, Marta", "Ana, ...", "..., Marcus!").
  each(MENTION, (m) => add('group-cohesion', 'vocative', m.index, m.index + m[0].length));
  const isName = (word: string) => !lexicon.notNames.has(fold(word).text);
  for (const m of matches(lexicon.nameLead, folded.text, true)) {
    const after = folded.ends[m.index + m[0].length - 1]!;
    const name = CAPITALISED.exec(text.slice(after));
    if (name && isName(name[0].split(/[- ]/u)[0]!)) add('group-cohesion', 'vocative', after, after + name[0].length);
  }
  each(NAME_BEFORE_MARK, (m) => {
    if (isName(m[0])) add('group-cohesion', 'vocative', m.index, m.index + m[0].length);
  });
  each(NAME_AT_START, (m) => {
    const name = m[1]!;
    const start = m.index + m[0].length - 1 - name.length;
    if (isName(name)) add('group-cohesion', 'vocative', start, start + name.length);
  });

  // Open communication: questions, quoting (in replies), continuing a thread.
  const sents = sentences(text);
  for (const s of sents) {
    if (text[s.end - 1] === '?' || (text[s.end - 1] === '!' && text.slice(s.start, s.end).includes('?'))) {
      add('open-communication', 'asking-questions', s.start, s.end);
    }
  }
  if (input.isReply) {
    each(QUOTE_LINE, (m) => add('open-communication', 'quoting', m.index, m.index + m[0].length));
    each(QUOTED, (m) => {
      if (m[0].trim().split(/\s+/u).length >= 3) add('open-communication', 'quoting', m.index, m.index + m[0].length);
    });
    const first = sents[0];
    if (first) add('open-communication', 'continuing-thread', first.start, first.end, 0.9);
  } else {
    // A new thread that asks: background that ends in a question is a triggering event.
    const questions = sents.filter((s) => text.slice(s.start, s.end).includes('?'));
    if (questions.length > 0) {
      const background = sents.filter((s) => !questions.includes(s)).reduce((sum, s) => sum + (s.end - s.start), 0);
      const q = questions[0]!;
      add('triggering', 'recognising-problem', q.start, q.end, background >= 40 ? 1 : 0.6);
    }
  }
  return out;
}

function lexical(text: string, lexicon: CompiledLexicon, folded: Folded): Draft[] {
  const out: Draft[] = [];
  for (const rule of lexicon.rules) {
    for (const m of matches(rule.regex, folded.text, rule.bounded)) {
      const span = fromFolded(text, folded, m.index, m.index + m[0].length);
      if (span.end > span.start)
        out.push({ category: rule.category, indicator: rule.indicator, span, weight: rule.weight });
    }
  }
  return out;
}

/** Highest evident phase; when only weaker cues point higher, code down (PEDAGOGY.md §3). */
function decidePhase(drafts: readonly Draft[], isReply: boolean): CoiPhase | null {
  // A new thread that asks something: its personal narrative is the background of the question
  // (a triggering event), not information offered to others.
  const opensWithQuestion = !isReply && drafts.some((d) => d.indicator === 'asking-questions');
  const score = new Map<CoiPhase, number>();
  for (const d of drafts) {
    if (PRESENCE_OF.get(d.category) !== 'cognitive') continue;
    if (opensWithQuestion && d.indicator === 'information-exchange') continue;
    const phase = d.category as CoiPhase;
    score.set(phase, (score.get(phase) ?? 0) + d.weight);
  }
  if (score.size === 0) return null;
  for (let i = COI_PHASES.length - 1; i >= 0; i--) {
    if ((score.get(COI_PHASES[i]!) ?? 0) >= EVIDENT) return COI_PHASES[i]!;
  }
  // Nothing evident: code down. Hints of triggering or exploration give the higher of the two;
  // hints only of integration or resolution (say, a bare "it worked") give exploration.
  if (score.has('exploration')) return 'exploration';
  if (score.has('triggering')) return 'triggering';
  return 'exploration';
}

/** Codes that make a sentence social talk (thanks, greetings, praise, a question) rather than content. */
const SOCIAL_SENTENCE = new Set<CoiIndicator>([
  'emotion',
  'humour',
  'phatic',
  'vocative',
  'compliment',
  'agreement',
  'asking-questions',
]);
/** Words of plain content a post needs before it counts as sharing information without any cue. */
const NARRATIVE_MIN_WORDS = 10;
const NARRATIVE_WEIGHT = 0.4;

/**
 * A post with no cognitive cue and no teaching-presence code that still says something (at least
 * ten words in sentences that are not thanks, greetings, praise or questions) is information
 * exchange: human coders put such a post in exploration. A weak draft code on its first content
 * sentence, so the reason is visible. Purely social posts and facilitators' organising posts keep no phase.
 */
function plainNarrative(text: string, drafts: readonly Draft[]): Draft | null {
  if (drafts.some((d) => PRESENCE_OF.get(d.category) === 'teaching')) return null;
  const overlaps = (s: Span, d: Draft) => d.span.start < s.end && d.span.end > s.start;
  const content = sentences(text).filter(
    (s) => !drafts.some((d) => SOCIAL_SENTENCE.has(d.indicator) && overlaps(s, d)),
  );
  const words = content.reduce((n, s) => n + (text.slice(s.start, s.end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0);
  if (words < NARRATIVE_MIN_WORDS) return null;
  return { category: 'exploration', indicator: 'information-exchange', span: content[0]!, weight: NARRATIVE_WEIGHT };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * Draft Community-of-Inquiry codes for one post. Pure and deterministic; every evidence span is
 * `text.slice(start, end)` of the post as written, so a screen can highlight it.
 */
export function codePost(input: CodePostInput): CoiCoding {
  const lexicon = COMPILED[input.locale] ?? COMPILED.en;
  const text = typeof input.text === 'string' ? input.text : '';
  const folded = fold(text);
  const drafts = [...structural({ ...input, text }, lexicon, folded), ...lexical(text, lexicon, folded)];

  // One code per indicator per stretch of text: overlapping matches of the same indicator merge.
  drafts.sort(
    (a, b) =>
      a.span.start - b.span.start ||
      b.span.end - a.span.end ||
      (a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : 0) ||
      b.weight - a.weight,
  );
  const kept: Draft[] = [];
  const lastEnd = new Map<string, number>();
  for (const d of drafts) {
    const key = `${d.category}/${d.indicator}`;
    if ((lastEnd.get(key) ?? -1) > d.span.start) continue;
    lastEnd.set(key, d.span.end);
    kept.push(d);
  }

  let phase = decidePhase(kept, input.isReply);
  if (phase === null) {
    const narrative = plainNarrative(text, kept);
    if (narrative) {
      kept.splice(kept.filter((d) => d.span.start <= narrative.span.start).length, 0, narrative);
      phase = 'exploration';
    }
  }

  const codes: CoiCode[] = kept.map((d) => {
    const presence = PRESENCE_OF.get(d.category)!;
    const confidence =
      presence === 'teaching' && !input.authorIsFacilitator ? d.weight * PARTICIPANT_TEACHING_FACTOR : d.weight;
    return {
      presence,
      category: d.category,
      indicator: d.indicator,
      ...(presence === 'cognitive' ? { phase: d.category as CoiPhase } : {}),
      evidence: { start: d.span.start, end: d.span.end, text: text.slice(d.span.start, d.span.end) },
      confidence: round(Math.min(1, Math.max(0, confidence))),
    };
  });
  return { codes, phase, version: COI_RULESET_VERSION };
}
