import { describe, expect, it } from 'vitest';
import { STARTER_CARDS } from '#core/library/index';
import type { Actor } from '../../platform/actor';
import { contentHash } from '../../platform/content-hash';
import { libraryPolicy } from './library.policy';

const actor = { organizationId: 'org-a', memberships: [{ id: 'm', role: 'facilitator', schoolId: null }] } as Actor;

describe('library policy', () => {
  it('lets anyone signed in read and react to built-in cards and their own district’s, never another’s', () => {
    for (const organizationId of [null, 'org-a']) {
      expect(libraryPolicy.canRead(actor, { organizationId })).toBe(true);
      expect(libraryPolicy.canReact(actor, { organizationId })).toBe(true);
    }
    expect(libraryPolicy.canRead(actor, { organizationId: 'org-b' })).toBe(false);
    expect(libraryPolicy.canReact(actor, { organizationId: 'org-b' })).toBe(false);
  });
});

describe('starter card content hash', () => {
  const card = STARTER_CARDS[0]!;

  it('depends on what the card says, not on the order of its fields', () => {
    const reordered = Object.fromEntries(Object.entries(card).reverse()) as typeof card;
    expect(contentHash(reordered)).toBe(contentHash(card));
    expect(contentHash({ ...card, steps: [...card.steps].reverse() })).not.toBe(contentHash(card));
    expect(contentHash({ ...card, title: `${card.title}.` })).not.toBe(contentHash(card));
  });

  it('differs between the two languages of a card', () => {
    const other = STARTER_CARDS.find((c) => c.id === card.id && c.locale !== card.locale)!;
    expect(contentHash(other)).not.toBe(contentHash(card));
  });
});
