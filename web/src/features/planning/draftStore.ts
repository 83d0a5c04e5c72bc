import { createStore, del, get, set } from 'idb-keyval';
import type { LessonPlan } from '#core/contracts/planning';
import type { PlanDraft } from './planDraft';

/**
 * Unsaved plan text kept on the device (IndexedDB), so nothing typed is lost when the network
 * drops, the tab closes or the server refuses a save. A record is written on every pause in
 * typing and removed once the server has exactly that text.
 */
export interface LocalDraft {
  planId: string;
  /** Whose draft it is: on a shared device another teacher never sees it. */
  userId: string;
  /** The server version this text was written on top of. */
  baseVersion: number;
  /** The plan as the server last sent it, so the editor opens offline too. */
  base: LessonPlan;
  draft: PlanDraft;
  updatedAt: string;
}

let store: ReturnType<typeof createStore> | null = null;
const drafts = () => {
  store ??= createStore('conecta', 'plan-drafts');
  return store;
};
const available = () => typeof indexedDB !== 'undefined';

/*
 * IndexedDB writes are asynchronous, so one started as the page unloads may never finish. The
 * last keystrokes are therefore also written synchronously to localStorage when the page hides;
 * reading takes whichever copy is newer.
 */
const backupKey = (planId: string) => `conecta.plan-draft.${planId}`;

function readBackup(planId: string): LocalDraft | null {
  try {
    const value = localStorage.getItem(backupKey(planId));
    return value ? (JSON.parse(value) as LocalDraft) : null;
  } catch {
    return null;
  }
}

export async function readLocalDraft(planId: string, userId: string): Promise<LocalDraft | null> {
  const stored = available() ? await get<LocalDraft>(planId, drafts()).catch(() => undefined) : undefined;
  const backup = readBackup(planId);
  const newest = [stored, backup]
    .filter((record): record is LocalDraft => !!record && record.userId === userId)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  return newest ?? null;
}

export async function writeLocalDraft(record: LocalDraft): Promise<void> {
  if (available()) await set(record.planId, record, drafts());
}

/** Synchronous, for the moment the page goes away. */
export function writeLocalDraftNow(record: LocalDraft): void {
  try {
    localStorage.setItem(backupKey(record.planId), JSON.stringify(record));
  } catch {
    // Storage full or unavailable: the IndexedDB copy from the last pause in typing remains.
  }
}

export async function removeLocalDraft(planId: string): Promise<void> {
  try {
    localStorage.removeItem(backupKey(planId));
  } catch {
    // nothing to remove
  }
  if (available()) await del(planId, drafts());
}
