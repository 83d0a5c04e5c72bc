import type { CplDomain } from '#core/cpl/index';

/*
 * The self-assessment's notes not yet saved, kept in this tab's session storage until the server
 * has them (as the credentials draft does): leaving the page before the autosave fires, a failed
 * save or an expired session never loses what the admin wrote.
 */
export type NoteBackup = Partial<Record<CplDomain, string>>;
const keyFor = (schoolYear: string) => `conecta.self-assessment-notes.${schoolYear}`;

export function readNoteBackup(schoolYear: string): NoteBackup {
  try {
    const raw = globalThis.sessionStorage?.getItem(keyFor(schoolYear));
    if (!raw) return {};
    const stored = JSON.parse(raw) as unknown;
    if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
    return Object.fromEntries(
      Object.entries(stored).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    ) as NoteBackup;
  } catch {
    return {};
  }
}

/** Keeps `text` as the domain's unsaved note, or forgets it (null) once the server has it. */
export function writeNoteBackup(schoolYear: string, domain: CplDomain, text: string | null): void {
  try {
    const next = { ...readNoteBackup(schoolYear) };
    if (text === null) delete next[domain];
    else next[domain] = text;
    if (Object.keys(next).length === 0) globalThis.sessionStorage?.removeItem(keyFor(schoolYear));
    else globalThis.sessionStorage?.setItem(keyFor(schoolYear), JSON.stringify(next));
  } catch {
    // Storage full or disabled: the form still holds the text while the page is open.
  }
}
