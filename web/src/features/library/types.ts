import type { Locale } from '#core/domain/roles';

/** The Library section of API.md, as the server's contract defines it. */
export type {
  ReactionInput,
  Resource,
  ResourceReactions,
  ResourceSummary,
} from '#core/contracts/library';

/** Query of GET /api/v1/resources (paging is added by useCursorList). */
export interface ResourceFilters {
  q?: string;
  locale?: Locale;
  practiceId?: string;
}
