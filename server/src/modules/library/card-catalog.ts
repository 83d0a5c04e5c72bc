import type { Locale } from '#core/domain/roles';
import type { Db, Executor } from '../../db/client';
import { libraryRepo as repo } from './library.repo';

export type CatalogCard = Awaited<ReturnType<typeof repo.catalog>>[number];

/**
 * What recommendations need from the library, injected in api.ts: every card the tenant may read
 * (each language a row), one person's reactions, and one readable card by its id (null: not
 * found, or another tenant's).
 */
export type CardCatalog = {
  cards: (organizationId: string) => Promise<CatalogCard[]>;
  reactionsOf: (organizationId: string, userId: string) => Promise<{ resourceId: string; useful: boolean }[]>;
  readable: (
    db: Executor,
    organizationId: string,
    id: string,
    locale: Locale,
  ) => Promise<{ slug: string; title: string } | null>;
};

export const cardCatalogFrom = (db: Db): CardCatalog => ({
  cards: (organizationId) => repo.catalog(db, organizationId),
  reactionsOf: (organizationId, userId) => repo.reactionsOf(db, organizationId, userId),
  async readable(executor, organizationId, id, locale) {
    // find() reads only built-in cards and the tenant's own: the library's read rule, in its query.
    const card = await repo.find(executor, organizationId, id, locale);
    return card ? { slug: card.slug, title: card.title } : null;
  },
});
