import type { z } from 'zod';
import { FRAMEWORK_LIMITS, FrameworkDocument, type ImportIssue } from '../contracts/frameworks';
import type { Locale } from '../domain/roles';
import { CONTRACT_MESSAGES, type MessageKey, type Translate, translator } from './messages';

const english = translator('en');

/**
 * Checks a candidate against the contract. The input stays on each issue (Zod drops it otherwise),
 * so a missing value and a value of the wrong type get different messages.
 */
export const validateDocument = (value: unknown) => FrameworkDocument.safeParse(value, { reportInput: true });

/** The schema's issues as import issues in one language, at the paths `pathOf` gives, without repeats. */
export function schemaIssues(
  issues: readonly z.core.$ZodIssue[],
  t: Translate,
  pathOf: (issue: z.core.$ZodIssue) => string = (issue) => formatPath(issue.path),
): ImportIssue[] {
  const seen = new Set<string>();
  const out: ImportIssue[] = [];
  for (const issue of issues) {
    const path = pathOf(issue);
    const message = issueMessage(issue, t);
    const key = `${path}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ path, message });
  }
  return out;
}

/** What every parser returns; none of them throws. */
export type ParseResult = { ok: true; document: FrameworkDocument } | { ok: false; issues: ImportIssue[] };

/** An import lists at most this many issues, then one that counts the rest. */
export const MAX_ISSUES = 100;

/** Which language a parser writes its issue messages in; paths are the same in every language. */
export type MessageOptions = { messages?: Locale };

export function failure(issues: ImportIssue[], t: Translate = english): ParseResult {
  if (issues.length <= MAX_ISSUES) return { ok: false, issues };
  const rest = issues.length - MAX_ISSUES;
  return {
    ok: false,
    issues: [
      ...issues.slice(0, MAX_ISSUES),
      { path: '', message: t(rest === 1 ? 'file.moreIssuesOne' : 'file.moreIssuesMany', { count: rest }) },
    ],
  };
}

/** Runs a parser and turns anything it throws (it should not) into one issue. */
export function guarded(parse: () => ParseResult, t: Translate = english): ParseResult {
  try {
    return parse();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ path: '', message: t('file.unreadable', { detail: detail.slice(0, 200) }) }] };
  }
}

/** Checks what every import format shares: text, and not more of it than an import may carry. */
export function contentIssue(text: unknown, t: Translate = english): ImportIssue | null {
  if (typeof text !== 'string') return { path: '', message: t('file.notText') };
  if (text.trim() === '') return { path: '', message: t('file.empty') };
  if (text.length > FRAMEWORK_LIMITS.content)
    return { path: '', message: t('file.tooLarge', { length: text.length, max: FRAMEWORK_LIMITS.content }) };
  return null;
}

/**
 * Where JSON.parse stopped, for `json.invalid`: English keeps the engine's own words (as always),
 * other languages get the line and column (or the position) in their words.
 */
export function jsonErrorDetail(error: unknown, t: Translate): string {
  if (!(error instanceof Error)) return '';
  if (t.locale === 'en') return ` (${error.message.slice(0, 200)})`;
  const line = /line (\d+) column (\d+)/.exec(error.message);
  if (line) return t('json.detailLine', { line: line[1] as string, column: line[2] as string });
  const position = /position (\d+)/.exec(error.message);
  if (position) return t('json.detailPosition', { position: position[1] as string });
  return '';
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A Zod path as a JSON path: `domains[0].practices[2].lookFors[1].code`; the root is ''. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const name = String(key);
      if (IDENTIFIER.test(name)) out += out === '' ? name : `.${name}`;
      else out += `[${JSON.stringify(name)}]`;
    }
  }
  return out;
}

const LIST_NAMES: Record<string, MessageKey> = {
  domains: 'list.domains',
  practices: 'list.practices',
  lookFors: 'list.lookFors',
  planTerms: 'list.planTerms',
  resourceIds: 'list.resourceIds',
  en: 'list.planTerms',
  es: 'list.planTerms',
};

const TYPE_NAMES: Record<string, MessageKey> = {
  string: 'type.string',
  number: 'type.number',
  int: 'type.number',
  array: 'type.array',
  object: 'type.object',
  boolean: 'type.boolean',
};

const valueText = (value: unknown) => (typeof value === 'string' ? `“${value}”` : String(value));

/**
 * A Zod issue of the document as a message in the parser's language, from the issue's code and
 * data (maximum, minimum, expected, keys, values) — never from Zod's own (global, English) text,
 * except for the contract's custom messages, which the catalog knows by their English text.
 */
export function issueMessage(issue: z.core.$ZodIssue, t: Translate = english): string {
  const own = CONTRACT_MESSAGES.get(issue.message);
  if (own) return t(own);
  const last = issue.path[issue.path.length - 1];
  switch (issue.code) {
    case 'too_big':
    case 'too_small': {
      if (issue.origin === 'array') {
        const name = t(typeof last === 'string' ? (LIST_NAMES[last] ?? 'list.items') : 'list.items');
        if (issue.code === 'too_big') return t('schema.tooMany', { name, maximum: String(issue.maximum) });
        if (last === 'lookFors') return t('schema.noLookFor');
        if (last === 'practices') return t('schema.noPractice');
        if (last === 'domains') return t('schema.noDomain');
        return t('schema.tooFew', { name, minimum: String(issue.minimum) });
      }
      if (issue.origin === 'string')
        return issue.code === 'too_big'
          ? t('schema.tooLong', { maximum: String(issue.maximum) })
          : t('schema.emptyText');
      return issue.code === 'too_big'
        ? t('schema.tooBig', { maximum: String(issue.maximum) })
        : t('schema.tooSmall', { minimum: String(issue.minimum) });
    }
    case 'invalid_type':
      if (issue.input === undefined) return t('schema.required');
      return t('schema.wrongType', { expected: t(TYPE_NAMES[issue.expected] ?? 'type.other') });
    case 'invalid_value':
      return issue.values.length === 1
        ? t('schema.oneValue', { value: valueText(issue.values[0]) })
        : t('schema.oneOfValues', { values: issue.values.map(valueText).join(', ') });
    case 'invalid_union': {
      // A union of literals (a level's number): name the values it takes.
      const options = issue.errors.flat();
      if (options.length > 0 && options.every((o) => o.code === 'invalid_value' && o.path.length === 0))
        return t('schema.oneOfValues', {
          values: options
            .flatMap((o) => (o.code === 'invalid_value' ? o.values : []))
            .map(valueText)
            .join(', '),
        });
      return t('schema.invalid');
    }
    case 'unrecognized_keys':
      return t(issue.keys.length === 1 ? 'schema.unknownKey' : 'schema.unknownKeys', {
        keys: issue.keys.map((k) => `“${k}”`).join(', '),
      });
    case 'invalid_format':
      if (issue.format === 'url') return t('schema.url');
      return t.locale === 'en' && issue.format === 'regex' ? issue.message : t('schema.format');
    default:
      // A custom message the catalog does not know yet: English still reads it (a test of the
      // server checks the catalog knows every one the contract has).
      return t.locale === 'en' && issue.code === 'custom' ? issue.message : t('schema.invalid');
  }
}

/** Cuts a text to `max` characters at a word boundary, marking the cut with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A framework code from its title: "Marco de práctica 2025" → "marco-de-practica-2025". */
export function codeFromTitle(title: string): string {
  const code = title
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, FRAMEWORK_LIMITS.code)
    .replace(/-+$/, '');
  return code === '' ? 'framework' : code;
}

/** A code made valid: invalid characters become dashes, leading punctuation goes, at most 40. */
export function sanitizeCode(value: string): string {
  return value
    .trim()
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .slice(0, FRAMEWORK_LIMITS.code);
}
