/**
 * What someone typed to a colleague, kept in this tab's sessionStorage until the request is sent,
 * so a reload or a failed send loses nothing. Keyed by the colleague's id.
 */
export type AskDraft = { practiceTag: string; message: string };

const keyFor = (peerId: string) => `conecta.peer-ask.${peerId}`;

export function loadAskDraft(peerId: string): AskDraft | null {
  try {
    const raw = globalThis.sessionStorage?.getItem(keyFor(peerId));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<AskDraft>;
    return { practiceTag: String(parsed.practiceTag ?? ''), message: String(parsed.message ?? '') };
  } catch {
    return null;
  }
}

export function saveAskDraft(peerId: string, draft: AskDraft | null) {
  try {
    if (draft && (draft.message !== '' || draft.practiceTag !== ''))
      globalThis.sessionStorage?.setItem(keyFor(peerId), JSON.stringify(draft));
    else globalThis.sessionStorage?.removeItem(keyFor(peerId));
  } catch {
    // Storage full or disabled: the text stays on screen for this visit.
  }
}
