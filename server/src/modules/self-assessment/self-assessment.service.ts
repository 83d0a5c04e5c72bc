import type { SaveSelfAssessmentBody } from '#core/contracts/self-assessment';
import { CPL_DOMAINS, CPL_VERSION, cleanAnswers, isCplItemId, schoolYearSpan, scoreCpl } from '#core/cpl/index';
import { utcDay } from '#core/domain/calendar';
import type { Db, Executor } from '../../db/client';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/authz';
import { conflict, unprocessable } from '../../platform/http/problem';
import { auditRepo } from '../audit';
import type { CplIndicators } from './indicators';
import { selfAssessmentPolicy as policy } from './self-assessment.policy';
import { presentResults, presentSelfAssessment, presentYear } from './self-assessment.presenter';
import { selfAssessmentRepo as repo } from './self-assessment.repo';

type Deps = { db: Db; indicators: CplIndicators; now?: () => Date };

const submittedAlready = () => conflict('This self-assessment is submitted. Reopen it to change it.');

export function createSelfAssessmentService({ db, indicators, now = () => new Date() }: Deps) {
  /** Submitting and reopening are recorded for district admins, inside the write's transaction. */
  const audited = (tx: Executor, actor: Actor, action: string, id: string, schoolYear: string) =>
    auditRepo.record(tx, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action,
      targetType: 'self_assessment',
      targetId: id,
      data: { schoolYear },
      ip: actor.context.ip,
    });

  /** The year's row, made as a draft when there is none yet (inside the caller's transaction). */
  async function lockedDraft(tx: Executor, actor: Actor, schoolYear: string) {
    const existing = await repo.findForUpdate(tx, actor.organizationId, schoolYear);
    if (existing) return existing;
    await repo.insertDraft(tx, {
      organizationId: actor.organizationId,
      schoolYear,
      instrumentVersion: CPL_VERSION,
      updatedBy: actor.userId,
    });
    return (await repo.findForUpdate(tx, actor.organizationId, schoolYear))!;
  }

  /** The span indicators are counted over: the school year, up to today while it runs. */
  function spanOf(schoolYear: string) {
    const span = schoolYearSpan(schoolYear);
    const today = utcDay(now());
    return { from: span.from, to: today >= span.from && today < span.to ? today : span.to };
  }

  async function results(actor: Actor, schoolYear: string) {
    authorize(policy.canRead(actor));
    const row = await repo.find(db, actor.organizationId, schoolYear);
    const span = spanOf(schoolYear);
    return presentResults(schoolYear, row, span, await indicators(actor.organizationId, span));
  }

  return {
    async years(actor: Actor) {
      authorize(policy.canRead(actor));
      return { items: (await repo.listYears(db, actor.organizationId)).map(presentYear) };
    },

    async get(actor: Actor, schoolYear: string) {
      authorize(policy.canRead(actor));
      const row = await repo.find(db, actor.organizationId, schoolYear);
      return presentSelfAssessment(schoolYear, row, { edit: policy.canEdit(actor) });
    },

    /** Autosave: merges the answers and notes sent (null clears one); a submitted one refuses. */
    async save(actor: Actor, schoolYear: string, body: SaveSelfAssessmentBody) {
      authorize(policy.canEdit(actor));
      const row = await db.transaction(async (tx) => {
        const current = await lockedDraft(tx, actor, schoolYear);
        if (current.status === 'submitted') throw submittedAlready();
        const answers: Record<string, unknown> = { ...current.answers };
        for (const [id, value] of Object.entries(body.answers ?? {}))
          if (value === null) delete answers[id];
          else answers[id] = value;
        const notes: Record<string, string> = { ...current.notes };
        for (const [domain, text] of Object.entries(body.notes ?? {}))
          if (text === null || text === undefined || text.trim() === '') delete notes[domain];
          else notes[domain] = text;
        return repo.update(tx, current.id, actor.organizationId, actor.userId, {
          answers: cleanAnswers(answers, isCplItemId),
          notes,
        });
      });
      return presentSelfAssessment(schoolYear, row, { edit: true });
    },

    /** Freezes the year's answers; at least one answer in every domain. */
    async submit(actor: Actor, schoolYear: string) {
      authorize(policy.canEdit(actor));
      const row = await db.transaction(async (tx) => {
        const current = await repo.findForUpdate(tx, actor.organizationId, schoolYear);
        if (current?.status === 'submitted') throw submittedAlready();
        const empty = scoreCpl(current?.answers ?? {}).filter((d) => d.answered === 0);
        if (!current || empty.length > 0)
          throw unprocessable(
            'Answer at least one question in every domain before you submit.',
            (empty.length > 0 ? empty.map((d) => d.domain) : [...CPL_DOMAINS]).map((domain) => ({
              path: `answers.${domain}`,
              message: 'No question in this domain is answered yet.',
            })),
          );
        const at = now();
        const updated = await repo.update(tx, current.id, actor.organizationId, actor.userId, {
          status: 'submitted',
          submittedAt: at,
          submittedBy: actor.userId,
          history: [
            ...current.history,
            { event: 'submitted', at: at.toISOString(), by: actor.userId, answers: current.answers },
          ],
        });
        await audited(tx, actor, 'self-assessment.submitted', current.id, schoolYear);
        return updated;
      });
      return presentSelfAssessment(schoolYear, row, { edit: true });
    },

    /** Makes a submitted year editable again; the submission stays in its history. */
    async reopen(actor: Actor, schoolYear: string) {
      authorize(policy.canEdit(actor));
      const row = await db.transaction(async (tx) => {
        const current = await repo.findForUpdate(tx, actor.organizationId, schoolYear);
        if (current?.status !== 'submitted') throw conflict('Only a submitted self-assessment can be reopened.');
        const at = now();
        const updated = await repo.update(tx, current.id, actor.organizationId, actor.userId, {
          status: 'draft',
          history: [...current.history, { event: 'reopened', at: at.toISOString(), by: actor.userId }],
        });
        await audited(tx, actor, 'self-assessment.reopened', current.id, schoolYear);
        return updated;
      });
      return presentSelfAssessment(schoolYear, row, { edit: true });
    },

    results,
  };
}

export type SelfAssessmentService = ReturnType<typeof createSelfAssessmentService>;
