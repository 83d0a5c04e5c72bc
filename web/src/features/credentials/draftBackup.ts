import type { DraftBody } from '#core/contracts/credentials';

/*
 * A submission's unsaved draft, kept in this tab's session storage until the server has it (as
 * reflections and the authoring form do): leaving the page before the autosave fires, a failed
 * save or an expired session never loses what the teacher wrote.
 */
const keyFor = (submissionId: string) => `conecta.credential-submission.${submissionId}`;

export function readBackup(submissionId: string): DraftBody | null {
  try {
    const raw = globalThis.sessionStorage?.getItem(keyFor(submissionId));
    if (!raw) return null;
    const stored = JSON.parse(raw) as DraftBody;
    return Array.isArray(stored.evidence) && typeof stored.reflections === 'object' && stored.reflections !== null
      ? stored
      : null;
  } catch {
    return null;
  }
}

export function writeBackup(submissionId: string, draft: DraftBody | null): void {
  try {
    if (draft) globalThis.sessionStorage?.setItem(keyFor(submissionId), JSON.stringify(draft));
    else globalThis.sessionStorage?.removeItem(keyFor(submissionId));
  } catch {
    // Storage full or disabled: the editor still holds the text while the page is open.
  }
}
