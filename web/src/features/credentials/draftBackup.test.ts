import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBackup, writeBackup } from './draftBackup';

/** The browser's session storage, as far as the backup uses it. */
class MemoryStorage {
  private items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}
const g = globalThis as { sessionStorage?: unknown };

describe('unsaved submission drafts', () => {
  beforeEach(() => {
    g.sessionStorage = new MemoryStorage();
  });
  afterEach(() => {
    delete g.sessionStorage;
  });

  it('keeps what the server has not got, per submission, until it is saved', () => {
    const draft = {
      evidence: [{ requirementId: 'result', type: 'text' as const, text: 'Most chose B.' }],
      reflections: { result: 'I retaught.' },
    };
    writeBackup('s1', draft);
    expect(readBackup('s1')).toEqual(draft);
    expect(readBackup('s2')).toBeNull();
    writeBackup('s1', null);
    expect(readBackup('s1')).toBeNull();
  });

  it('ignores what is not a draft, and works without storage', () => {
    (g.sessionStorage as MemoryStorage).setItem('conecta.credential-submission.s1', '{"evidence":"x"}');
    expect(readBackup('s1')).toBeNull();
    delete g.sessionStorage;
    expect(() => writeBackup('s1', { evidence: [], reflections: {} })).not.toThrow();
    expect(readBackup('s1')).toBeNull();
  });
});
