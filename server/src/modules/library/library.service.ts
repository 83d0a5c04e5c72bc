import type { ReactionInput, ResourceListQuery } from '#core/contracts/library';
import type { Locale } from '#core/domain/roles';
import type { Db } from '../../db/client';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/authz';
import { badRequest } from '../../platform/http/problem';
import { decodeCursor, toPage } from '../../platform/pagination';
import { libraryPolicy as policy } from './library.policy';
import { presentCard, presentReaction, presentSummary } from './library.presenter';
import { libraryRepo as repo } from './library.repo';

const badCursor = () =>
  badRequest('The cursor is not valid. Start again from the first page.', [
    { path: 'cursor', message: 'Not a cursor this server issued.' },
  ]);

/** Plain list cursor: (title, row id). A forged title must not carry what PostgreSQL text cannot hold. */
function listCursor(cursor: string | undefined) {
  const after = decodeCursor(cursor, ['text', 'id']);
  if (after?.[0]?.includes('\u0000')) throw badCursor();
  return after;
}

/** Search cursor: (rank as an integer string, title, row id). */
function searchCursor(cursor: string | undefined): [number, string, string] | null {
  const after = decodeCursor(cursor, ['text', 'text', 'id']);
  if (!after) return null;
  const [rank, title, id] = after as [string, string, string];
  if (!/^\d{1,9}$/.test(rank) || title.includes('\u0000')) throw badCursor();
  return [Number(rank), title, id];
}

export function createLibraryService({ db }: { db: Db }) {
  /** A card the actor may read, in `locale` when it has it; another tenant's card is "not found". */
  async function readable(actor: Actor, id: string, locale: Locale) {
    const card = await repo.find(db, actor.organizationId, id, locale);
    authorize(card !== null && policy.canRead(actor, card), 'hide');
    return card;
  }

  return {
    /** Cards in one language (the caller's unless asked): by relevance when `q` is given, else by title. */
    async list(actor: Actor, query: ResourceListQuery) {
      const filter = { locale: query.locale ?? actor.locale, practiceId: query.practiceId || undefined };
      if (query.q) {
        const rows = await repo.search(
          db,
          actor.organizationId,
          { ...filter, q: query.q },
          query.limit,
          searchCursor(query.cursor),
        );
        return toPage(rows, query.limit, (r) => [String(r.rank), r.title, r.id], presentSummary);
      }
      const rows = await repo.list(db, actor.organizationId, filter, query.limit, listCursor(query.cursor));
      return toPage(rows, query.limit, (r) => [r.title, r.id], presentSummary);
    },

    /** The full card, with how useful the caller's organization found it (counts cover every language). */
    async get(actor: Actor, id: string, locale: Locale | undefined) {
      const card = await readable(actor, id, locale ?? actor.locale);
      const reactions = await repo.reactionCounts(db, actor.organizationId, card.slug, actor.userId);
      return presentCard(card, reactions);
    },

    /** "Was this useful?": one answer per person per card; answering again replaces it. */
    async react(actor: Actor, id: string, input: ReactionInput) {
      const card = await readable(actor, id, actor.locale);
      authorize(policy.canReact(actor, card));
      const row = await repo.saveReaction(db, {
        organizationId: actor.organizationId,
        resourceId: card.slug,
        userId: actor.userId,
        useful: input.useful,
        comment: input.comment || null,
      });
      return presentReaction(row);
    },
  };
}
