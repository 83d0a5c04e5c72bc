import { FrameworkDocument } from '../contracts/frameworks';
import { contentIssue, failure, formatPath, guarded, issueMessage, type ParseResult } from './issues';

/**
 * Our own JSON format: a FrameworkDocument (`format: "conecta-framework"`, `version: 1`), text in
 * English and/or Spanish per field. Issues point at JSON paths: `domains[0].practices[2].code`.
 */
export function parseFrameworkJson(text: string): ParseResult {
  return guarded(() => {
    const bad = contentIssue(text);
    if (bad) return failure([bad]);
    let value: unknown;
    try {
      value = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      const detail = error instanceof Error ? ` (${error.message.slice(0, 200)})` : '';
      return failure([{ path: '', message: `The file is not valid JSON${detail}.` }]);
    }
    if (value && typeof value === 'object' && !Array.isArray(value) && 'CFDocument' in value)
      return failure([
        { path: '', message: 'This looks like a CASE package (it has a CFDocument): import it as CASE, not JSON.' },
      ]);
    const parsed = FrameworkDocument.safeParse(value);
    if (parsed.success) return { ok: true, document: parsed.data };
    return failure(
      parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issueMessage(issue) })),
    );
  });
}
