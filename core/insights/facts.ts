import type { InsightEvidence, LessonPlanDraft } from '../contracts/lesson-plans';
import type { Locale } from '../domain/roles';
import { COMPILED, type CompiledLexicon, firstMatch, verbStem } from './compiled';
import { format, MESSAGES, PARTS, type Parts } from './messages';
import { RULE_RESOURCES } from './resources';
import { RULE_KINDS, type RuleId } from './ruleset';
import { originalSpan } from './text/normalize';
import { type AnalyzedText, analyzeText } from './text/tokenize';
import type { AnalyzeContext, Insight } from './types';

/** A field of the plan, analysed once, with its JSON path for evidence. */
export type FieldText = AnalyzedText & { path: string };

/** An action verb found in an objective. */
export type VerbHit = {
  token: number;
  stem: string;
  word: string;
  levels: readonly number[];
  /** "solving…", "resolviendo…": usually a condition clause, not a separate objective. */
  gerund: boolean;
  /**
   * A separate student action: the first verb of its sentence, or one joined by "and", "y"
   * or a comma. "to find" (purpose) or "Hughes uses" (another subject) are not.
   */
  action: boolean;
};

const SEPARATOR = /[,;:]/;

const GERUND: Record<Locale, RegExp> = { en: /ing$/, es: /(ando|iendo|yendo)$/ };

export type ObjectiveFacts = {
  index: number;
  field: FieldText;
  /** Sentences, lines or bullets inside the one string: several objectives may share a field. */
  units: { verbs: VerbHit[]; vague: string[] }[];
  verbs: VerbHit[];
  studentFrameAt: number;
  teacherFrameAt: number;
  implicitStudentVerb: boolean;
  criterion: string | null;
};

export type CheckFacts = {
  segment: number;
  /** Where the check is written: the structured field or the description. */
  path: string;
  label: string;
  decision: InsightEvidence | null;
  /** Written in the segment's checkForUnderstanding field (not only named in its text). */
  structured: boolean;
};

const UNIT_BREAK = /[;\n\r•·]+|\.(?=\s|$)|\s\d+[.)]\s/g;
const MAX_EVIDENCE = 160;

export function clip(text: string, max = MAX_EVIDENCE): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

export const isBlank = (value: string | null | undefined): value is null | undefined | '' =>
  value == null || value.trim() === '';

/**
 * Everything the rules need about one plan, computed lazily and at most once per call, so
 * rules stay small and two rules asking the same question do not pay twice.
 */
export class PlanFacts {
  readonly locale: Locale;
  readonly lex: CompiledLexicon;
  readonly parts: Parts;
  private readonly texts = new Map<string, FieldText>();
  private memo = new Map<string, unknown>();

  constructor(
    readonly plan: LessonPlanDraft,
    readonly context: AnalyzeContext,
  ) {
    this.locale = plan.locale === 'es' ? 'es' : 'en';
    this.lex = COMPILED[this.locale];
    this.parts = PARTS[this.locale];
  }

  private once<T>(key: string, compute: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const value = compute();
    this.memo.set(key, value);
    return value;
  }

  text(path: string, value: string): FieldText {
    let t = this.texts.get(path);
    if (!t) {
      t = { ...analyzeText(value, this.locale), path };
      this.texts.set(path, t);
    }
    return t;
  }

  insight(ruleId: RuleId, evidence: InsightEvidence[], params: Record<string, string | number> = {}): Insight {
    return {
      ruleId,
      kind: RULE_KINDS[ruleId],
      message: format(MESSAGES[this.locale][ruleId], params),
      evidence: evidence.map((e) => ({ field: e.field, text: clip(e.text) })),
      resourceIds: [...RULE_RESOURCES[ruleId]],
    };
  }

  /** The words of a match of `regexes` in a field, or null. */
  match(field: FieldText, regexes: readonly RegExp[]): string | null {
    const span = firstMatch(regexes, field.text);
    return span ? originalSpan(field, span[0], span[1]) : null;
  }

  objectives(): ObjectiveFacts[] {
    return this.once('objectives', () =>
      this.plan.objectives.flatMap((value, index) =>
        isBlank(value) ? [] : [this.objective(this.text(`objectives[${index}]`, value), index)],
      ),
    );
  }

  private objective(field: FieldText, index: number): ObjectiveFacts {
    const lex = this.lex;
    const breaks: number[] = [];
    UNIT_BREAK.lastIndex = 0;
    for (let m = UNIT_BREAK.exec(field.text); m !== null; m = UNIT_BREAK.exec(field.text)) breaks.push(m.index);
    const unitOf = (pos: number) => {
      let u = 0;
      while (u < breaks.length && (breaks[u] as number) < pos) u++;
      return u;
    };
    const units: ObjectiveFacts['units'] = Array.from({ length: breaks.length + 1 }, () => ({ verbs: [], vague: [] }));
    const verbs: VerbHit[] = [];
    const unitHasVerb = new Set<number>();
    field.tokens.forEach((token, i) => {
      const verb = verbStem(lex, token);
      if (verb === null || lex.conditionWords.has(token.norm)) return;
      const previous = field.tokens[i - 1];
      if (previous && lex.determiners.has(previous.norm)) return; // "a model", "la lista": a noun
      const unit = unitOf(token.start);
      const joined =
        previous !== undefined &&
        (lex.coordinators.has(previous.norm) || SEPARATOR.test(field.text.slice(previous.end, token.start)));
      const gerund = GERUND[this.locale].test(token.norm);
      const hit: VerbHit = {
        token: i,
        stem: verb,
        word: originalSpan(field, token.start, token.end),
        levels: lex.bloom.get(verb) ?? [],
        gerund,
        action: !gerund && (!unitHasVerb.has(unit) || joined),
      };
      unitHasVerb.add(unit);
      verbs.push(hit);
      units[unit]?.verbs.push(hit);
    });
    for (const [from, to] of lex.vague.findAll(field)) {
      const start = field.tokens[from]?.start ?? 0;
      const end = field.tokens[to]?.end ?? start;
      units[unitOf(start)]?.vague.push(originalSpan(field, start, end));
    }
    const first = field.tokens[0];
    const implicitStudentVerb =
      first !== undefined &&
      lex.observableStems.has(verbStem(lex, first) ?? '') &&
      (this.locale === 'en' ? !first.norm.endsWith('ing') : !/(are|ere|ire|o)$/.test(first.norm));
    const nonEmptyUnits = units.filter((u) => u.verbs.length > 0 || u.vague.length > 0);
    return {
      index,
      field,
      units: nonEmptyUnits.length > 0 ? nonEmptyUnits : units.slice(0, 1),
      verbs,
      studentFrameAt: firstMatch(lex.studentFrame, field.text)?.[0] ?? -1,
      teacherFrameAt: firstMatch(lex.teacherFrame, field.text)?.[0] ?? -1,
      implicitStudentVerb,
      criterion: this.match(field, lex.criterion),
    };
  }

  successCriteria(): FieldText[] {
    return this.once('successCriteria', () =>
      (this.plan.successCriteria ?? []).flatMap((value, i) =>
        isBlank(value) ? [] : [this.text(`successCriteria[${i}]`, value)],
      ),
    );
  }

  /** Title, description and check-for-understanding texts of a segment. */
  segmentTexts(i: number): FieldText[] {
    return this.once(`segment:${i}`, () => {
      const s = this.plan.segments[i];
      if (!s) return [];
      const out: FieldText[] = [];
      const add = (path: string, value: string | undefined) => {
        if (!isBlank(value)) out.push(this.text(path, value));
      };
      add(`segments[${i}].title`, s.title);
      add(`segments[${i}].description`, s.description);
      const cfu = s.checkForUnderstanding;
      if (cfu) {
        add(`segments[${i}].checkForUnderstanding.technique`, cfu.technique);
        add(`segments[${i}].checkForUnderstanding.question`, cfu.question);
        add(`segments[${i}].checkForUnderstanding.decisionRule`, cfu.decisionRule);
      }
      return out;
    });
  }

  exitTicket(): FieldText | null {
    const value = this.plan.exitTicket;
    return isBlank(value) ? null : this.text('exitTicket', value);
  }

  /** The checks for understanding, structured or named in a segment's description. */
  checks(): CheckFacts[] {
    return this.once('checks', () => {
      const out: CheckFacts[] = [];
      this.plan.segments.forEach((s, i) => {
        const cfu = s.checkForUnderstanding;
        const structured = cfu && !(isBlank(cfu.technique) && isBlank(cfu.question) && isBlank(cfu.decisionRule));
        const texts = this.segmentTexts(i);
        const description = texts.find((t) => t.path.endsWith('.description'));
        if (structured) {
          const label = cfu.technique?.trim() || cfu.question?.trim() || cfu.decisionRule?.trim() || '';
          let decision: InsightEvidence | null = null;
          if (!isBlank(cfu.decisionRule)) {
            decision = { field: `segments[${i}].checkForUnderstanding.decisionRule`, text: cfu.decisionRule };
          } else {
            for (const t of texts) {
              const words = this.match(t, this.lex.decisionRule);
              if (words) {
                decision = { field: t.path, text: words };
                break;
              }
            }
          }
          out.push({ segment: i, path: `segments[${i}].checkForUnderstanding`, label, decision, structured: true });
          return;
        }
        for (const t of texts) {
          const hit = this.lex.cfuTechniques.first(t);
          if (!hit) continue;
          const words = this.match(t, this.lex.decisionRule);
          out.push({
            segment: i,
            path: t.path,
            label: originalSpan(t, t.tokens[hit[0]]?.start ?? 0, t.tokens[hit[1]]?.end ?? 0),
            decision: words ? { field: t.path, text: words } : null,
            structured: false,
          });
          return;
        }
        if (s.kind === 'assessment') {
          const words = description ? this.match(description, this.lex.decisionRule) : null;
          out.push({
            segment: i,
            path: `segments[${i}].kind`,
            label: s.title,
            decision: words && description ? { field: description.path, text: words } : null,
            structured: false,
          });
        }
      });
      return out;
    });
  }

  hasCheck(segment: number): boolean {
    return this.checks().some((c) => c.segment === segment);
  }

  /** Every text of the plan (for carry-forward and focus look-fors). */
  allTexts(): FieldText[] {
    return this.once('all', () => {
      const p = this.plan;
      const out: FieldText[] = [];
      const add = (path: string, value: string | null | undefined) => {
        if (!isBlank(value)) out.push(this.text(path, value));
      };
      add('title', p.title);
      p.objectives.forEach((v, i) => {
        add(`objectives[${i}]`, v);
      });
      (p.successCriteria ?? []).forEach((v, i) => {
        add(`successCriteria[${i}]`, v);
      });
      (p.materials ?? []).forEach((v, i) => {
        add(`materials[${i}]`, v);
      });
      for (let i = 0; i < p.segments.length; i++) out.push(...this.segmentTexts(i));
      (p.supports ?? []).forEach((s, i) => {
        add(`supports[${i}].for`, s.for);
        add(`supports[${i}].description`, s.description);
      });
      add('exitTicket', p.exitTicket);
      for (const [key, value] of Object.entries(p.rationale ?? {})) add(`rationale.${key}`, value);
      return out;
    });
  }

  /**
   * Content stems of a text: no function words (by exact form), no generic classroom words (by
   * form or stem), no numbers, no one- or two-letter words.
   */
  contentStems(text: AnalyzedText): Map<string, string> {
    const lex = this.lex;
    const out = new Map<string, string>();
    for (const t of text.tokens) {
      if (t.norm.length < 3 || /^\d+$/.test(t.norm)) continue;
      if (lex.stopForms.has(t.norm) || lex.genericForms.has(t.norm) || lex.genericStems.has(t.stem)) continue;
      if (!out.has(t.stem)) out.set(t.stem, originalSpan(text, t.start, t.end));
    }
    return out;
  }

  planStems(): Set<string> {
    return this.once('planStems', () => {
      const out = new Set<string>();
      for (const t of this.allTexts()) for (const s of this.contentStems(t).keys()) out.add(s);
      return out;
    });
  }

  /** Known minutes of the segments, or null when none has minutes. */
  totalMinutes(): number | null {
    let sum = 0;
    let known = false;
    for (const s of this.plan.segments) {
      if (typeof s.minutes === 'number' && Number.isFinite(s.minutes)) {
        sum += s.minutes;
        known = true;
      }
    }
    return known ? sum : null;
  }

  levelRange(levels: readonly number[]): string {
    const names = this.parts.bloom;
    const keys = Object.keys(names) as (keyof typeof names)[];
    const lo = keys[Math.min(...levels)];
    const hi = keys[Math.max(...levels)];
    if (!lo || !hi) return '';
    return lo === hi ? names[lo] : `${names[lo]}–${names[hi]}`;
  }
}
