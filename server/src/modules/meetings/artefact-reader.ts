import type { ArtefactType } from '#core/contracts/meetings';
import type { Executor } from '../../db/client';
import type { Actor } from '../../platform/actor';
import type { PlanReader } from '../planning';
import { meetingsRepo } from './meetings.repo';

/**
 * Whether the actor may link this artefact to a meeting, and its title if so (null: not found or
 * not theirs to share); `teamId` when a team owns it (a unit, a sample), so a meeting links only its
 * own team's work. One reader per artefact type, injected in api.ts so meetings never imports
 * another module's internals.
 */
export type ArtefactReader = (
  db: Executor,
  actor: Actor,
  type: ArtefactType,
  id: string,
) => Promise<{ title: string; teamId?: string } | null>;
export type ArtefactReaders = Partial<Record<ArtefactType, ArtefactReader>>;

/** Dispatches by type; a type without a reader (not wired yet) links nothing. */
export const artefactReaderFrom =
  (readers: ArtefactReaders): ArtefactReader =>
  async (db, actor, type, id) =>
    (await readers[type]?.(db, actor, type, id)) ?? null;

/** A lesson plan the actor may read, by planning's one visibility rule (planReaderFrom). */
export const planArtefactReader =
  (planReader: PlanReader): ArtefactReader =>
  async (db, actor, _type, id) => {
    const plan = await meetingsRepo.planFacts(db, actor.organizationId, id);
    if (!plan) return null;
    return (await planReader(actor.organizationId, actor.userId, plan)) ? { title: plan.title } : null;
  };
