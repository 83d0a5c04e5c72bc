import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NAMESPACES } from './index';

const here = fileURLToPath(new URL('.', import.meta.url));
const srcRoot = join(here, '..');
const LANGUAGES = ['en', 'es'] as const;

type Tree = { [key: string]: string | Tree };

function load(language: string, namespace: string): Tree {
  return JSON.parse(readFileSync(join(here, language, `${namespace}.json`), 'utf8')) as Tree;
}

/** "a.b.c" → value, for every leaf. */
function flatten(tree: Tree, prefix = ''): Map<string, unknown> {
  const result = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') {
      for (const [inner, leaf] of flatten(value, path)) result.set(inner, leaf);
    } else {
      result.set(path, value);
    }
  }
  return result;
}

const variables = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('locales', () => {
  it('has one file per namespace in every language, and nothing else', () => {
    for (const language of LANGUAGES) {
      const files = readdirSync(join(here, language))
        .filter((name) => name.endsWith('.json'))
        .map((name) => name.replace(/\.json$/, ''))
        .sort();
      expect(files).toEqual([...NAMESPACES].sort());
    }
  });

  for (const namespace of NAMESPACES) {
    it(`"${namespace}" has exactly the same keys in English and Spanish`, () => {
      const en = flatten(load('en', namespace));
      const es = flatten(load('es', namespace));
      expect([...es.keys()].sort()).toEqual([...en.keys()].sort());
    });

    it(`"${namespace}" has no empty values and the same {{variables}} in both languages`, () => {
      const en = flatten(load('en', namespace));
      const es = flatten(load('es', namespace));
      for (const [key, value] of en) {
        const other = es.get(key);
        expect(typeof value === 'string' && value.trim().length > 0, `en ${namespace}:${key}`).toBe(true);
        expect(typeof other === 'string' && other.trim().length > 0, `es ${namespace}:${key}`).toBe(true);
        expect(variables(String(other)), `${namespace}:${key}`).toEqual(variables(String(value)));
      }
    });
  }

  it('defines every literal key the code asks for', () => {
    const known = new Set<string>();
    for (const namespace of NAMESPACES) {
      for (const key of flatten(load('en', namespace)).keys()) known.add(`${namespace}:${key}`);
    }
    // Plural keys exist as key_one / key_other.
    const defined = (key: string) => known.has(key) || known.has(`${key}_one`) || known.has(`${key}_other`);
    const prefixed = new RegExp(`'((?:${NAMESPACES.join('|')}):[\\w.]+)'`, 'g');
    const missing: string[] = [];
    for (const file of sourceFiles(srcRoot)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(prefixed)) {
        const key = match[1] ?? '';
        if (!defined(key)) missing.push(`${key} (${file.slice(srcRoot.length)})`);
      }
      // A component bound to one namespace (useTranslation('planner')) asks for bare keys: t('editor.title').
      const bound = /useTranslation\('(\w+)'\)/.exec(text)?.[1];
      if (!bound) continue;
      for (const match of text.matchAll(/\bt\('([\w.]+)'/g)) {
        const key = `${bound}:${match[1]}`;
        if (!defined(key)) missing.push(`${key} (${file.slice(srcRoot.length)})`);
      }
    }
    expect(missing).toEqual([]);
  });
});
