import {
  contentIssue,
  failure,
  guarded,
  jsonErrorDetail,
  type MessageOptions,
  type ParseResult,
  schemaIssues,
  validateDocument,
} from './issues';
import { translator } from './messages';

/**
 * Our own JSON format: a FrameworkDocument (`format: "conecta-framework"`, `version: 1`), text in
 * English and/or Spanish per field. Issues point at JSON paths: `domains[0].practices[2].code`;
 * their messages are in `options.messages` (English by default), the paths in no language.
 */
export function parseFrameworkJson(text: string, options: MessageOptions = {}): ParseResult {
  const t = translator(options?.messages);
  return guarded(() => {
    const bad = contentIssue(text, t);
    if (bad) return failure([bad], t);
    let value: unknown;
    try {
      value = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      return failure([{ path: '', message: t('json.invalid', { detail: jsonErrorDetail(error, t) }) }], t);
    }
    if (value && typeof value === 'object' && !Array.isArray(value) && 'CFDocument' in value)
      return failure([{ path: '', message: t('json.isCase') }], t);
    const parsed = validateDocument(value);
    if (parsed.success) return { ok: true, document: parsed.data };
    return failure(schemaIssues(parsed.error.issues, t), t);
  }, t);
}
