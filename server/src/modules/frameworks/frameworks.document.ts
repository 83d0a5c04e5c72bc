import type { FrameworkDocument } from '#core/contracts/frameworks';
import { documentLocales } from '#core/frameworks/index';
import type { Executor } from '../../db/client';
import { contentHash } from '../../platform/content-hash';
import { type FrameworkRow, frameworksRepo as repo } from './frameworks.repo';
import { planTreeWrite } from './frameworks.tree';

export const documentHash = (document: FrameworkDocument): string => contentHash(document);

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
  const hash = documentHash(document);
  if (current && current.contentHash === hash) return { framework: current, changed: false };

  const values = {
    code: document.code,
    title: document.title,
    description: document.description ?? null,
    source: document.source,
    locales: documentLocales(document),
    contentHash: hash,
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
