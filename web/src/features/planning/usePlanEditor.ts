import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LessonPlan } from '#core/contracts/planning';
import { api, isApiError } from '../../lib/api';
import { type LocalDraft, readLocalDraft, removeLocalDraft, writeLocalDraft, writeLocalDraftNow } from './draftStore';
import { forSaving, type PlanDraft, toDraft } from './planDraft';
import { resumeFrom } from './resume';
import { afterSave, savePlan } from './usePlans';

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'offline' | 'error' | 'conflict';

/** A pause this long in typing saves to the server; the device copy is written sooner. */
const SAVE_AFTER_MS = 1200;
const KEEP_LOCAL_AFTER_MS = 150;

type Loaded = { plan: LessonPlan; draft: PlanDraft };
export type Conflict = { mine: PlanDraft; theirs: LessonPlan };

const snapshot = (draft: PlanDraft) => JSON.stringify(forSaving(draft));

/**
 * The editing session of one plan: what the teacher types is kept on the device at once and
 * saved to the server on each pause (PUT with the version it was written on). Offline, saving
 * waits for the network; a 409 means someone saved meanwhile and the teacher chooses.
 */
export function usePlanEditor(planId: string, userId: string) {
  const queryClient = useQueryClient();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [state, setState] = useState<SaveState>('saved');
  const [problem, setProblem] = useState<unknown>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);

  const draftRef = useRef<PlanDraft | null>(null);
  const planRef = useRef<LessonPlan | null>(null);
  const versionRef = useRef(0);
  const savedRef = useRef('');
  const inFlight = useRef(false);
  const conflictRef = useRef<Conflict | null>(null);
  const saveTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const keepTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  /** The record to keep on the device, or null when the server already has exactly this text. */
  const localRecord = useCallback((): LocalDraft | null => {
    const draft = draftRef.current;
    const plan = planRef.current;
    if (!draft || !plan || snapshot(draft) === savedRef.current) return null;
    return { planId, userId, baseVersion: versionRef.current, base: plan, draft, updatedAt: new Date().toISOString() };
  }, [planId, userId]);

  const keepLocally = useCallback(async () => {
    const record = localRecord();
    if (record) await writeLocalDraft(record);
  }, [localRecord]);

  const flush = useCallback(async () => {
    const draft = draftRef.current;
    if (!draft || inFlight.current || conflictRef.current) return;
    const payload = forSaving(draft);
    const sent = JSON.stringify(payload);
    if (sent === savedRef.current) {
      setState('saved');
      return;
    }
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      setState('offline');
      return;
    }
    inFlight.current = true;
    setState('saving');
    try {
      const saved = await savePlan(planId, payload, versionRef.current);
      versionRef.current = saved.version;
      savedRef.current = sent;
      planRef.current = saved;
      afterSave(queryClient, saved);
      setProblem(null);
      if (draftRef.current && snapshot(draftRef.current) === sent) {
        await removeLocalDraft(planId);
        setState('saved');
      } else {
        setState('unsaved');
        clearTimeout(saveTimer.current);
        saveTimer.current = setTimeout(() => void flush(), SAVE_AFTER_MS);
      }
    } catch (error) {
      if (isApiError(error, 409)) {
        const theirs = await api<LessonPlan>(`/api/v1/lesson-plans/${planId}`).catch(() => null);
        if (theirs) {
          conflictRef.current = { mine: draftRef.current ?? draft, theirs };
          setConflict(conflictRef.current);
          setState('conflict');
        } else setState('offline');
      } else if (isApiError(error, 0)) {
        setState('offline');
      } else {
        setProblem(error);
        setState('error');
      }
    } finally {
      inFlight.current = false;
    }
  }, [planId, queryClient]);

  // Open: the server's plan, unless this device holds newer text for it. Once per plan: later
  // server changes arrive through saves and conflicts.
  // biome-ignore lint/correctness/useExhaustiveDependencies: not again when `flush` changes identity
  useEffect(() => {
    let cancelled = false;
    (async () => {
      let server: LessonPlan | null = null;
      try {
        server = await api<LessonPlan>(`/api/v1/lesson-plans/${planId}`);
      } catch (error) {
        if (!isApiError(error, 0)) {
          if (!cancelled) setLoadError(error);
          return;
        }
      }
      const resume = resumeFrom(server, await readLocalDraft(planId, userId).catch(() => null));
      if (cancelled) return;
      if (resume.kind === 'none') {
        setLoadError(new Error('offline'));
        return;
      }
      planRef.current = resume.plan;
      versionRef.current = resume.kind === 'local' ? resume.baseVersion : resume.plan.version;
      savedRef.current = snapshot(toDraft(resume.plan));
      const draft =
        resume.kind === 'local' ? resume.draft : resume.kind === 'conflict' ? resume.mine : toDraft(resume.plan);
      draftRef.current = draft;
      setLoaded({ plan: resume.plan, draft });
      if (resume.kind === 'conflict') {
        conflictRef.current = { mine: resume.mine, theirs: resume.theirs };
        setConflict(conflictRef.current);
        setState('conflict');
      } else if (resume.kind === 'local') {
        setState(server ? 'unsaved' : 'offline');
        if (server) void flush();
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [planId, userId]);

  // Back online: save what waited. Leaving the page: keep the last keystrokes on the device.
  useEffect(() => {
    const online = () => void flush();
    const hide = () => {
      const record = localRecord();
      if (record) writeLocalDraftNow(record);
    };
    window.addEventListener('online', online);
    window.addEventListener('pagehide', hide);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('pagehide', hide);
      clearTimeout(saveTimer.current);
      clearTimeout(keepTimer.current);
    };
  }, [flush, localRecord]);

  const update = useCallback(
    (next: PlanDraft | ((current: PlanDraft) => PlanDraft)) => {
      setLoaded((current) => {
        if (!current) return current;
        const draft = typeof next === 'function' ? next(current.draft) : next;
        draftRef.current = draft;
        return { ...current, draft };
      });
      setState((current) => (current === 'conflict' ? current : navigator.onLine === false ? 'offline' : 'unsaved'));
      clearTimeout(keepTimer.current);
      keepTimer.current = setTimeout(() => void keepLocally(), KEEP_LOCAL_AFTER_MS);
      clearTimeout(saveTimer.current);
      saveTimer.current = setTimeout(() => void flush(), SAVE_AFTER_MS);
    },
    [flush, keepLocally],
  );

  /** Conflict: keep what I typed (saved over theirs) or take theirs (my text is dropped). */
  const resolve = useCallback(
    (choice: 'mine' | 'theirs') => {
      const current = conflictRef.current;
      if (!current) return;
      conflictRef.current = null;
      setConflict(null);
      versionRef.current = current.theirs.version;
      planRef.current = current.theirs;
      const draft = choice === 'mine' ? current.mine : toDraft(current.theirs);
      draftRef.current = draft;
      savedRef.current = snapshot(toDraft(current.theirs));
      setLoaded({ plan: current.theirs, draft });
      if (choice === 'theirs') {
        void removeLocalDraft(planId);
        setState('saved');
      } else void flush();
    },
    [flush, planId],
  );

  return {
    plan: loaded?.plan ?? null,
    draft: loaded?.draft ?? null,
    loadError,
    state,
    problem,
    conflict,
    update,
    resolve,
    saveNow: flush,
  };
}
