import type { Db, Executor } from '../../db/client';
import type { Actor } from '../../platform/actor';
import { inquiryPolicy } from './inquiry.policy';
import { inquiryRepo as repo } from './inquiry.repo';

/**
 * An inquiry's summary for sharing (communities link one to a thread): null unless the actor owns
 * (or co-owns) it and it has a summary. Sharing is the owner's explicit choice, made by the caller.
 */
export type InquirySummaryOf = (
  tx: Executor,
  actor: Actor,
  id: string,
) => Promise<{ title: string; summary: string } | null>;

export const inquirySummaryFrom =
  (_db: Db): InquirySummaryOf =>
  async (tx, actor, id) => {
    const row = await repo.find(tx, actor.organizationId, id);
    if (!row) return null;
    const member = row.teamId !== null && (await repo.isTeamMember(tx, actor.organizationId, row.teamId, actor.userId));
    if (!inquiryPolicy.isOwner(actor, row, member)) return null;
    if (!row.summary) return null;
    return { title: row.question, summary: row.summary };
  };
