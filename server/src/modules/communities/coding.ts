import { codePost, threadProfile } from '#core/coi/index';
import type { CoiCode, CoiPhase } from '#core/contracts/coi';
import type { Locale } from '#core/domain/roles';

/** The draft CoI coding stored on a post at create and edit (core/coi): a facilitator may confirm or correct it. */
export function draftCoding(text: string, locale: Locale, isReply: boolean, authorIsFacilitator: boolean) {
  const coding = codePost({ text, locale, isReply, authorIsFacilitator });
  return {
    codes: coding.codes as CoiCode[],
    codePhase: coding.phase as CoiPhase | null,
    coder: `auto:${coding.version}`,
    codeStatus: 'draft' as const,
  };
}

/** The thread profiles of many threads at once, from each post's phase and author. */
export function profilesByThread(
  rows: { threadId: string; phase: CoiPhase | null; authorIsFacilitator: boolean; count?: number }[],
) {
  const byThread = new Map<string, typeof rows>();
  for (const row of rows) {
    const list = byThread.get(row.threadId) ?? [];
    list.push(row);
    byThread.set(row.threadId, list);
  }
  return new Map([...byThread].map(([id, posts]) => [id, threadProfile(posts)]));
}

export { threadProfile };

/** Whether every evidence span points at exactly its words in the post. */
export const spansMatch = (body: string, codes: CoiCode[]) =>
  codes.every(
    (c) =>
      c.evidence.start <= c.evidence.end &&
      c.evidence.end <= body.length &&
      body.slice(c.evidence.start, c.evidence.end) === c.evidence.text,
  );
