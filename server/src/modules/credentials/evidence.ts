import type { EvidenceKind } from '#core/contracts/credentials';
import type { Executor } from '../../db/client';
import type { Actor } from '../../platform/actor';

/**
 * Reads one of the actor's own artefacts as evidence, through its owning module (injected in
 * api.ts): its title, a short summary, its day and owner. Null when it is not the actor's own, or
 * not theirs to read — the service answers 422 and attaches nothing.
 */
export type EvidenceSnapshotOf = (
  tx: Executor,
  actor: Actor,
  id: string,
) => Promise<{ title: string; summary: string; date: string | null; ownerId: string } | null>;

export type EvidenceReaders = Partial<Record<Exclude<EvidenceKind, 'text'>, EvidenceSnapshotOf>>;

/** The community snapshot readers (plan, reflection) return the owner's only; they carry no date. */
export const ownedSnapshot =
  (
    read: (tx: Executor, actor: Actor, type: string, id: string) => Promise<{ title: string; summary: string } | null>,
    type: string,
  ): EvidenceSnapshotOf =>
  async (tx, actor, id) => {
    const snapshot = await read(tx, actor, type, id);
    return snapshot ? { ...snapshot, date: null, ownerId: actor.userId } : null;
  };
