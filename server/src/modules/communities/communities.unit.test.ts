import { describe, expect, it } from 'vitest';
import { profilesByThread, spansMatch } from './coding';
import { digestMail } from './weekly-digest';

describe('digest mail', () => {
  it('speaks the reader’s language and counts in the singular and plural', () => {
    const items = [
      { title: 'Ratios', communityName: 'Maths', newPosts: 1, link: 'http://x/t/1' },
      { title: 'Rates', communityName: 'Maths', newPosts: 3, link: 'http://x/t/2' },
    ];
    const en = digestMail('en', { name: 'Ana', items, settingsUrl: 'http://x/settings' });
    expect(en.text).toContain('- Ratios (Maths): 1 new post\n');
    expect(en.text).toContain('- Rates (Maths): 3 new posts');
    const es = digestMail('es', { name: 'Ana', items, settingsUrl: 'http://x/settings' });
    expect(es.subject).toBe('Tu semana en las comunidades de Conecta');
    expect(es.text).toContain('1 aporte nuevo\n');
    expect(es.text).toContain('3 aportes nuevos');
  });
});

describe('codes and profiles', () => {
  const code = (start: number, end: number, text: string) => ({
    presence: 'cognitive' as const,
    category: 'triggering' as const,
    indicator: 'puzzlement' as const,
    evidence: { start, end, text },
    confidence: 0.8,
  });

  it('accepts evidence only at its place in the post', () => {
    expect(spansMatch('I am puzzled here', [code(5, 12, 'puzzled')])).toBe(true);
    expect(spansMatch('I am puzzled here', [code(4, 11, 'puzzled')])).toBe(false);
    expect(spansMatch('short', [code(0, 50, 'short')])).toBe(false);
    expect(spansMatch('short', [code(3, 1, '')])).toBe(false);
    expect(spansMatch('anything', [])).toBe(true);
  });

  it('profiles several threads at once', () => {
    const rows = [
      ...Array.from({ length: 8 }, () => ({
        threadId: 'a',
        phase: 'exploration' as const,
        authorIsFacilitator: false,
      })),
      { threadId: 'b', phase: 'resolution' as const, authorIsFacilitator: true },
    ];
    const profiles = profilesByThread(rows);
    expect(profiles.get('a')).toMatchObject({ posts: 8, stuckInExploration: true, facilitatorDominance: false });
    expect(profiles.get('b')).toMatchObject({ posts: 1, stuckInExploration: false, facilitatorDominance: true });
  });
});
