import { REFLECTION_FIELDS, type ReflectionField } from '#core/contracts/reflections';

export type Answers = Record<ReflectionField, string>;

export const EMPTY_ANSWERS: Answers = { whatHappened: '', studentEvidence: '', whyAndAlternatives: '', nextTime: '' };

export function hasText(answers: Partial<Record<ReflectionField, string | null | undefined>>): boolean {
  return REFLECTION_FIELDS.some((field) => (answers[field] ?? '').trim().length > 0);
}

/*
 * An unsent reflection is kept in this tab's session storage, so nothing typed is lost when a
 * save fails, the session expires (the app sends the person to sign in) or the page reloads.
 * Session, not local, storage: reflections are private and the tab may be on a shared computer.
 */
const keyFor = (planId: string) => `conecta.reflection-draft.${planId}`;

export function readDraft(planId: string): Answers {
  try {
    const raw = globalThis.sessionStorage?.getItem(keyFor(planId));
    if (!raw) return EMPTY_ANSWERS;
    const stored = JSON.parse(raw) as Partial<Record<string, unknown>>;
    const answers = { ...EMPTY_ANSWERS };
    for (const field of REFLECTION_FIELDS) {
      const value = stored[field];
      if (typeof value === 'string') answers[field] = value;
    }
    return answers;
  } catch {
    return EMPTY_ANSWERS;
  }
}

export function saveDraft(planId: string, answers: Answers): void {
  try {
    if (hasText(answers)) globalThis.sessionStorage?.setItem(keyFor(planId), JSON.stringify(answers));
    else globalThis.sessionStorage?.removeItem(keyFor(planId));
  } catch {
    // Storage full or disabled: the form still holds the text for as long as the page is open.
  }
}

export function clearDraft(planId: string): void {
  saveDraft(planId, EMPTY_ANSWERS);
}
