import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localizeProblem } from './localize-problem';
import { PROBLEMS_ES } from './problems.es';

const ROOT = join(import.meta.dirname, '../../../..');
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    // config.ts speaks to the operator at start-up, not to API clients; seed/ is demo content, not messages.
    const message = path.endsWith('.ts') && !path.endsWith('.test.ts') && !path.endsWith('config.ts');
    return message && !path.includes(`${join('db', 'seed')}`) ? [path] : [];
  });

/** Every literal that can end up in a problem: helper arguments, titles, details, field messages, Zod custom messages. */
const PATTERNS = [
  /\b(?:badRequest|unauthorized|forbidden|notFound|conflict|unprocessable|tooManyRequests)\(\s*'([^']+)'/g,
  /\b(?:title|detail|message): '([^']+)'/g,
  /(?:detail|WRONG_CREDENTIALS)\s*=\s*'([^']+)'/g,
  /\.(?:min|max|regex)\([^,()]+, '([^']+)'\)/g,
];

describe('problem messages', () => {
  it('every message the server can send has Spanish', () => {
    const files = [...sources(join(ROOT, 'server/src')), ...sources(join(ROOT, 'core/contracts'))];
    const messages = new Set<string>();
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const pattern of PATTERNS) for (const match of text.matchAll(pattern)) messages.add(match[1]!);
    }
    const ignored = new Set(['Conecta API']);
    const missing = [...messages].filter((m) => !ignored.has(m) && !(m in PROBLEMS_ES) && !/^[a-z_.]+$/.test(m));
    expect(messages.size).toBeGreaterThan(40);
    expect(missing).toEqual([]);
  });

  it('localizes titles, details and field messages, leaving English alone', () => {
    const problem = {
      type: '/problems/validation',
      title: 'Invalid request',
      status: 400,
      detail: 'Some fields need attention.',
      errors: [{ path: 'roles.0.schoolId', message: 'Unknown school.' }],
    };
    expect(localizeProblem(problem, 'en')).toBe(problem);
    expect(localizeProblem(problem, 'es')).toEqual({
      ...problem,
      title: 'Solicitud no válida',
      detail: 'Algunos campos necesitan atención.',
      errors: [{ path: 'roles.0.schoolId', message: 'Escuela desconocida.' }],
    });
  });
});
