import type { z } from 'zod';
import { FRAMEWORK_LIMITS, type FrameworkDocument, type ImportIssue } from '../contracts/frameworks';

/** What every parser returns; none of them throws. */
export type ParseResult = { ok: true; document: FrameworkDocument } | { ok: false; issues: ImportIssue[] };

/** An import lists at most this many issues, then one that counts the rest. */
export const MAX_ISSUES = 100;

export function failure(issues: ImportIssue[]): ParseResult {
  if (issues.length <= MAX_ISSUES) return { ok: false, issues };
  const rest = issues.length - MAX_ISSUES;
  return {
    ok: false,
    issues: [
      ...issues.slice(0, MAX_ISSUES),
      {
        path: '',
        message: `…and ${rest} more ${rest === 1 ? 'issue' : 'issues'}. Fix these first, then import again.`,
      },
    ],
  };
}

/** Runs a parser and turns anything it throws (it should not) into one issue. */
export function guarded(parse: () => ParseResult): ParseResult {
  try {
    return parse();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ path: '', message: `The file could not be read (${detail.slice(0, 200)}).` }] };
  }
}

/** Checks what every import format shares: text, and not more of it than an import may carry. */
export function contentIssue(text: unknown): ImportIssue | null {
  if (typeof text !== 'string') return { path: '', message: 'The file content must be text.' };
  if (text.trim() === '') return { path: '', message: 'The file is empty.' };
  if (text.length > FRAMEWORK_LIMITS.content)
    return {
      path: '',
      message: `The file is too large (${text.length} characters; at most ${FRAMEWORK_LIMITS.content}).`,
    };
  return null;
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

const LIST_NAMES: Record<string, string> = {
  domains: 'domains',
  practices: 'practices in a domain',
  lookFors: 'look-fors in a practice',
  planTerms: 'plan terms',
  resourceIds: 'strategy cards',
  en: 'plan terms',
  es: 'plan terms',
};

/** Zod's message, made plainer where a framework's limits are concerned. */
export function issueMessage(issue: z.core.$ZodIssue): string {
  const last = issue.path[issue.path.length - 1];
  if ((issue.code === 'too_big' || issue.code === 'too_small') && issue.origin === 'array') {
    const name = typeof last === 'string' ? (LIST_NAMES[last] ?? 'items') : 'items';
    if (issue.code === 'too_big') return `Too many ${name}: at most ${String(issue.maximum)}.`;
    if (last === 'lookFors') return 'Give at least one look-for for each practice.';
    if (last === 'practices') return 'Give at least one practice for each domain.';
    if (last === 'domains') return 'Give at least one domain.';
    return `Give at least ${String(issue.minimum)} ${name}.`;
  }
  if (issue.code === 'too_big' && issue.origin === 'string')
    return `Too long: at most ${String(issue.maximum)} characters.`;
  if (issue.code === 'too_small' && issue.origin === 'string') return 'Give the text (it is empty).';
  return issue.message;
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
