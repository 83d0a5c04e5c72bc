import { describe, expect, it } from 'vitest';
import { linkify } from './linkify';

describe('linkify', () => {
  it('finds http and https links and keeps the text around them', () => {
    expect(linkify('Open https://x.test/accept-invite?token=abc. Thanks')).toEqual([
      { kind: 'text', value: 'Open ' },
      { kind: 'link', value: 'https://x.test/accept-invite?token=abc' },
      { kind: 'text', value: '. Thanks' },
    ]);
  });

  it('never turns other schemes into links', () => {
    expect(linkify('javascript:alert(1) mailto:a@b.c')).toEqual([
      { kind: 'text', value: 'javascript:alert(1) mailto:a@b.c' },
    ]);
  });

  it('handles text without links and empty text', () => {
    expect(linkify('plain')).toEqual([{ kind: 'text', value: 'plain' }]);
    expect(linkify('')).toEqual([]);
  });
});
