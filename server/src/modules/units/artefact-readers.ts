import { utcDay } from '#core/domain/calendar';
import type { Db, Executor } from '../../db/client';
import type { Actor } from '../../platform/actor';
import { unitsRepo as repo } from './units.repo';

/**
 * For meetings (artefact links): the title of a unit or a sample and the team that owns it, if the
 * actor is in that team; else null. The team lets a meeting refuse another team's work.
 */
export type ArtefactReader = (
  tx: Executor,
  actor: Actor,
  id: string,
) => Promise<{ title: string; teamId: string } | null>;

const teamTitled =
  (find: (tx: Executor, organizationId: string, id: string) => Promise<{ teamId: string; title: string } | null>) =>
  (_db: Db): ArtefactReader =>
  async (tx, actor, id) => {
    const row = await find(tx, actor.organizationId, id);
    if (!row || !(await repo.isTeamMember(tx, actor.organizationId, row.teamId, actor.userId))) return null;
    return { title: row.title, teamId: row.teamId };
  };

export const unitArtefactReaderFrom = teamTitled(repo.findUnit);
export const studentWorkArtefactReaderFrom = teamTitled(repo.findSample);

/**
 * For inquiries' timelines (inquiry's StudentWorkReader) and credentials' evidence: a sample the
 * reader's team owns, with its uploader and day. Inside a caller's transaction, pass its `tx`.
 */
export const studentWorkReaderFrom =
  (db: Db) =>
  async (
    organizationId: string,
    readerId: string,
    sampleId: string,
    tx: Executor = db,
  ): Promise<{ ownerId: string; title: string; date: string } | null> => {
    const sample = await repo.findSample(tx, organizationId, sampleId);
    if (!sample || !(await repo.isTeamMember(tx, organizationId, sample.teamId, readerId))) return null;
    return { ownerId: sample.uploadedBy, title: sample.title, date: utcDay(sample.createdAt) };
  };
