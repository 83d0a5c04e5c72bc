import type {
  Framework,
  FrameworkDocument,
  FrameworkSummary,
  LocalizedText,
  Practice,
  PracticeDocument,
} from '#core/contracts/frameworks';
import type { Locale } from '#core/domain/roles';
import { resolveText } from '#core/frameworks/index';
import type { FrameworkRow, LookForRow, PracticeRow, Tree } from './frameworks.repo';

/** Optional document fields are left out, not null, as in the file they came from. */
const optional = <K extends string>(key: K, value: LocalizedText | null) =>
  (value ? { [key]: value } : {}) as Partial<Record<K, LocalizedText>>;

export const presentSummary = (row: FrameworkRow, practiceCount: number, locale: Locale): FrameworkSummary => ({
  id: row.id,
  code: row.code,
  title: resolveText(row.title, locale),
  description: resolveText(row.description, locale),
  builtIn: row.organizationId === null,
  source: row.source,
  locales: row.locales,
  practiceCount,
  updatedAt: row.updatedAt.toISOString(),
});

export const presentPractice = (practice: PracticeRow, lookFors: LookForRow[], locale: Locale): Practice => ({
  id: practice.id,
  code: practice.code,
  title: resolveText(practice.title, locale),
  description: resolveText(practice.description, locale),
  levels: practice.levels.map((l) => ({
    level: l.level,
    label: resolveText(l.label, locale),
    descriptor: resolveText(l.descriptor, locale),
  })),
  lookFors: lookFors.map((l) => ({ id: l.id, code: l.code, text: resolveText(l.text, locale) })),
  resourceIds: practice.resourceIds,
});

/** Children grouped under their parent, keeping the order the rows came in (by position). */
function groupBy<T, K>(rows: T[], key: (row: T) => K) {
  const groups = new Map<K, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return (k: K) => groups.get(k) ?? [];
}

export function presentFramework(tree: Tree, locale: Locale): Framework {
  const practicesOf = groupBy(tree.practices, (p) => p.domainId);
  const lookForsOf = groupBy(tree.lookFors, (l) => l.practiceId);
  return {
    ...presentSummary(tree.framework, tree.practices.length, locale),
    domains: tree.domains.map((domain) => ({
      id: domain.id,
      code: domain.code,
      title: resolveText(domain.title, locale),
      description: resolveText(domain.description, locale),
      practices: practicesOf(domain.id).map((p) => presentPractice(p, lookForsOf(p.id), locale)),
    })),
  };
}

/** The stored practice as the document says it (for the plan terms, which live in the document's shape). */
export const practiceDocument = (practice: PracticeRow, lookFors: LookForRow[]): PracticeDocument => ({
  code: practice.code,
  title: practice.title,
  ...optional('description', practice.description),
  levels: practice.levels,
  lookFors: lookFors.map((l) => ({ code: l.code, text: l.text })),
  planTerms: practice.planTerms,
  resourceIds: practice.resourceIds,
});

/** The framework as a document again: what an admin edits or exports, and re-imports with its ids kept. */
export function toDocument(tree: Tree): FrameworkDocument {
  const practicesOf = groupBy(tree.practices, (p) => p.domainId);
  const lookForsOf = groupBy(tree.lookFors, (l) => l.practiceId);
  const { framework } = tree;
  return {
    format: 'conecta-framework',
    version: 1,
    code: framework.code,
    title: framework.title,
    ...optional('description', framework.description),
    source: framework.source,
    domains: tree.domains.map((domain) => ({
      code: domain.code,
      title: domain.title,
      ...optional('description', domain.description),
      practices: practicesOf(domain.id).map((p) => practiceDocument(p, lookForsOf(p.id))),
    })),
  };
}
