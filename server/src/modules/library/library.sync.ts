import { STARTER_CARDS, type StrategyCard } from '#core/library/index';
import type { Executor } from '../../db/client';
import { contentHash } from '../../platform/content-hash';
import { type CardValues, libraryRepo as repo } from './library.repo';

export const cardValues = (card: StrategyCard): Omit<CardValues, 'organizationId'> => ({
  slug: card.id,
  locale: card.locale,
  title: card.title,
  summary: card.summary,
  minutes: card.minutes,
  body: card.body,
  whyItWorks: card.whyItWorks,
  example: card.example,
  steps: card.steps,
  gradeBands: card.gradeBands,
  practiceTags: card.practiceTags,
  subjects: card.subjects,
  contentHash: contentHash(card),
});

export type SyncResult = { written: number; removed: number; unchanged: number };

/**
 * Makes the built-in cards in the database match the data files (core/library): new and changed
 * cards are written, cards no longer in the files are removed, the rest is left alone. Runs after
 * migrations at every start, so it must be idempotent and cheap when nothing changed (one read).
 */
export async function syncBuiltInCards(db: Executor, cards: readonly StrategyCard[] = STARTER_CARDS) {
  const stored = await repo.builtInHashes(db);
  const storedHash = new Map(stored.map((row) => [`${row.locale}/${row.slug}`, row.hash]));
  const wanted = new Set(cards.map((card) => `${card.locale}/${card.id}`));
  const changed = cards
    .map(cardValues)
    .filter((values) => storedHash.get(`${values.locale}/${values.slug}`) !== values.contentHash);
  const gone = stored.filter((row) => !wanted.has(`${row.locale}/${row.slug}`)).map((row) => row.id);
  if (changed.length > 0 || gone.length > 0) {
    await db.transaction(async (tx) => {
      await repo.upsertBuiltIns(tx, changed);
      await repo.deleteCards(tx, gone);
    });
  }
  return {
    written: changed.length,
    removed: gone.length,
    unchanged: cards.length - changed.length,
  } satisfies SyncResult;
}
