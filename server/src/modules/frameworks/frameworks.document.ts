import { createHash } from 'node:crypto';
import type { FrameworkDocument } from '#core/contracts/frameworks';
import { documentLocales } from '#core/frameworks/index';
import type { Executor } from '../../db/client';
import { type FrameworkRow, frameworksRepo as repo } from './frameworks.repo';
import { planTreeWrite } from './frameworks.tree';

/** JSON with sorted keys, so the hash depends on what a document says, not on how its file orders it. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

export const documentHash = (document: FrameworkDocument) =>
  createHash('sha256').update(canonical(document)).digest('hex');

export type StoreResult =
  | { framework: FrameworkRow; changed: boolean }
  /** Practices the document removes that are someone's growth focus: nothing was written. */
  | { blocked: { id: string; code: string }[] };

/**
 * Writes a framework document as rows, new (`current` null) or over the stored framework, keeping
 * every id whose code the document still uses. A document identical to what is stored writes
 * nothing. Run it inside a transaction: it is several statements.
 * `removedFocus` says what happens when the document drops a practice someone chose as their
 * growth focus: a district's edit is refused; the built-in sync drops those choices.
 */
export async function storeDocument(
  tx: Executor,
  input: {
    organizationId: string | null;
    current: FrameworkRow | null;
    document: FrameworkDocument;
    removedFocus: 'refuse' | 'drop';
  },
): Promise<StoreResult> {
  const { organizationId, current, document } = input;
  const contentHash = documentHash(document);
  if (current && current.contentHash === contentHash) return { framework: current, changed: false };

  const values = {
    code: document.code,
    title: document.title,
    description: document.description ?? null,
    source: document.source,
    locales: documentLocales(document),
    contentHash,
  };
  if (!current) {
    const framework = await repo.createFramework(tx, { organizationId, ...values });
    const empty = { domains: [], practices: [], lookFors: [] };
    await repo.writeTree(tx, planTreeWrite({ organizationId, frameworkId: framework.id }, empty, document));
    return { framework, changed: true };
  }
  const existing = await repo.existingTree(tx, current);
  const write = planTreeWrite({ organizationId, frameworkId: current.id }, existing, document);
  const inFocus = await repo.practicesInFocus(tx, write.removed.practiceIds);
  if (inFocus.length > 0) {
    if (input.removedFocus === 'refuse') return { blocked: inFocus };
    await repo.dropFocusOn(tx, write.removed.practiceIds);
  }
  const framework = await repo.updateFramework(tx, current.id, values);
  await repo.writeTree(tx, write);
  return { framework, changed: true };
}
