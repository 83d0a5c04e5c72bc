import type { ArtefactType } from '#core/contracts/communities';
import type { Executor } from '../../db/client';
import type { Actor } from '../../platform/actor';

/**
 * The snapshot of an artefact its owner shares into a thread (title and a short summary), taken
 * through the owning module (injected in api.ts). Null when the actor may not share it (not theirs,
 * not found): the service answers 422.
 */
export type ArtefactSnapshot = (
  tx: Executor,
  actor: Actor,
  type: ArtefactType,
  id: string,
) => Promise<{ title: string; summary: string } | null>;

/** One reader per artefact type; a type without a reader yet cannot be shared. */
export const artefactSnapshots =
  (readers: Partial<Record<ArtefactType, ArtefactSnapshot>>): ArtefactSnapshot =>
  (tx, actor, type, id) =>
    readers[type]?.(tx, actor, type, id) ?? Promise.resolve(null);
