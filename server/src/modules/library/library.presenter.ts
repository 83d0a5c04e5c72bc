import type { Reaction, Resource, ResourceReactions, ResourceSummary } from '#core/contracts/library';
import type { CardRow } from './library.repo';
import type { resourceReactions } from './library.table';

/** "all" is how a card says it is for every subject: true of the whole library, so not worth a tag. */
const ALL_SUBJECTS = 'all';

type SummaryRow = Pick<CardRow, 'slug' | 'locale' | 'title' | 'summary' | 'minutes' | 'practiceTags' | 'subjects'>;

/** The API id of a card is its slug (the same in every language); the row id stays inside. */
export const presentSummary = (row: SummaryRow): ResourceSummary => ({
  id: row.slug,
  title: row.title,
  summary: row.summary,
  locale: row.locale,
  minutes: row.minutes,
  practiceIds: row.practiceTags,
  tags: [...new Set([...row.practiceTags, ...row.subjects.filter((s) => s !== ALL_SUBJECTS)])],
});

export const presentCard = (row: CardRow, reactions: ResourceReactions): Resource => ({
  ...presentSummary(row),
  body: row.body,
  steps: row.steps,
  whyItWorks: row.whyItWorks,
  example: row.example,
  gradeBands: row.gradeBands,
  subjects: row.subjects,
  builtIn: row.organizationId === null,
  reactions,
});

export const presentReaction = (row: typeof resourceReactions.$inferSelect): Reaction => ({
  resourceId: row.resourceId,
  userId: row.userId,
  useful: row.useful,
  ...(row.comment !== null ? { comment: row.comment } : {}),
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});
