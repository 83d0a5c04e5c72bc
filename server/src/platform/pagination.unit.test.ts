import { describe, expect, it } from 'vitest';
import { HttpProblem } from './http/problem';
import { decodeCursor, encodeCursor, toPage } from './pagination';

const id = '0b6e3d2a-8f1c-4d4e-9a57-3c2f1e0d9b8a';

describe('cursors', () => {
  it('round-trip the sort key', () => {
    expect(decodeCursor(encodeCursor(['Ana', id]), ['text', 'id'])).toEqual(['Ana', id]);
    expect(decodeCursor(undefined, ['text'])).toBeNull();
  });

  it.each([
    ['not base64 JSON', 'garbage', ['text', 'id']],
    ['too few parts', encodeCursor(['Ana']), ['text', 'id']],
    ['an id that is not a uuid', encodeCursor(['Ana', 'not-a-uuid']), ['text', 'id']],
    ['a timestamp that is not a date', encodeCursor(['not a date', id]), ['timestamp', 'id']],
  ] as const)('refuse %s with a 400 problem', (_name, cursor, parts) => {
    expect(() => decodeCursor(cursor, parts)).toThrow(HttpProblem);
  });

  it('toPage keeps `limit` items and points after the last one only when more exist', () => {
    const rows = [1, 2, 3].map((n) => ({ n }));
    expect(
      toPage(
        rows,
        2,
        (r) => [r.n],
        (r) => r.n,
      ),
    ).toEqual({ items: [1, 2], nextCursor: encodeCursor([2]) });
    expect(
      toPage(
        rows,
        3,
        (r) => [r.n],
        (r) => r.n,
      ),
    ).toEqual({ items: [1, 2, 3], nextCursor: null });
  });
});
