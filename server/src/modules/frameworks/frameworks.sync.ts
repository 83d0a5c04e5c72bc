import type { FrameworkDocument } from '#core/contracts/frameworks';
import { CONECTA_FRAMEWORK } from '#core/frameworks/index';
import type { Executor } from '../../db/client';
import { documentHash, storeDocument } from './frameworks.document';
import { frameworksRepo as repo } from './frameworks.repo';

export type FrameworkSyncResult = { written: boolean };

/**
 * Makes the built-in framework in the database match core/frameworks: written when new or when
 * its content hash changed (ids kept by code), otherwise left alone after one read. Runs after
 * migrations at every start. A practice withdrawn from the built-in framework stops being anyone's
 * growth focus (no district can be asked first); every other id survives.
 */
export async function syncBuiltInFramework(
  db: Executor,
  document: FrameworkDocument = CONECTA_FRAMEWORK,
): Promise<FrameworkSyncResult> {
  const stored = await repo.findByCode(db, null, document.code);
  if (stored?.contentHash === documentHash(document)) return { written: false };
  await db.transaction(async (tx) => {
    const current = await repo.findByCode(tx, null, document.code);
    await storeDocument(tx, { organizationId: null, current, document, removedFocus: 'drop' });
  });
  return { written: true };
}
