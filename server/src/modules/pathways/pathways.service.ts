import type { CompletionBody, EnrolBody, PathwayBody, StatusBody } from '#core/contracts/pathways';
import type { Locale } from '#core/domain/roles';
import { planSteps, progressOf, shownStepCounts, statusProblem, stepCounts } from '#core/pathways/index';
import type { Db } from '../../db/client';
import type { Actor } from '../../platform/actor';
import { authorize, found } from '../../platform/authz';
import { conflict, unprocessable } from '../../platform/http/problem';
import type { InitiativeExists } from '../impact';
import type { CardCatalog } from '../library';
import type { PeopleSchools } from '../organizations';
import type { OwnPlans } from '../planning';
import { LEARNER_ROLES, type PeopleScope, pathwaysPolicy as policy } from './pathways.policy';
import { type CardInfo, presentPathway, presentProgress, presentSummary } from './pathways.presenter';
import { pathwaysRepo as repo } from './pathways.repo';

export type PathwaysDeps = {
  db: Db;
  cards: CardCatalog;
  initiativeExists: InitiativeExists;
  ownPlans: OwnPlans;
  peopleSchools: PeopleSchools;
};

type Problem = { path: string; message: string };

export function createPathwaysService({ db, cards, initiativeExists, ownPlans, peopleSchools }: PathwaysDeps) {
  /** Of these people, the active learners of the district, each with whether they are within the scope. */
  async function learnersIn(organizationId: string, userIds: string[], scope: PeopleScope) {
    const schools = new Map<string, (string | null)[]>();
    for (const row of await peopleSchools(organizationId, userIds, LEARNER_ROLES))
      schools.set(row.userId, [...(schools.get(row.userId) ?? []), row.schoolId]);
    return new Map([...schools].map(([userId, ids]) => [userId, policy.inScope(scope, ids)]));
  }

  /** The tenant's cards by slug, each in the reader's language when it exists in it. */
  async function cardsOf(organizationId: string, locale: Locale) {
    const out = new Map<string, CardInfo>();
    for (const card of await cards.cards(organizationId))
      if (!out.has(card.slug) || card.locale === locale)
        out.set(card.slug, { title: card.title, summary: card.summary });
    return out;
  }

  /** A pathway the actor may see (404 otherwise, and for another district's), with whether they follow it. */
  async function visible(actor: Actor, id: string) {
    const detail = await repo.pathway(db, actor.organizationId, id);
    const enrolled = detail ? await repo.isEnrolled(db, actor.organizationId, detail.pathway.id, actor.userId) : false;
    authorize(detail !== null && policy.canSee(actor, detail.pathway, enrolled), 'hide');
    return { detail, enrolled };
  }

  /** Cards must be ones the district may read; the initiative one of the district's. */
  async function check(actor: Actor, body: PathwayBody, existing: { id: string }[]) {
    const plan = planSteps(existing, body.steps);
    const errors: Problem[] = [...plan.errors];
    const library = await cardsOf(actor.organizationId, actor.locale);
    body.steps.forEach((step, index) => {
      if (step.kind === 'card' && !library.has(step.cardId))
        errors.push({ path: `steps.${index}.cardId`, message: 'Not a card of your library.' });
    });
    if (body.initiativeId && !(await initiativeExists(actor.organizationId, body.initiativeId)))
      errors.push({ path: 'initiativeId', message: 'Not one of your district’s initiatives.' });
    if (errors.length > 0) throw unprocessable('Some of the pathway cannot be saved.', errors);
    return plan;
  }

  async function present(actor: Actor, id: string) {
    const { detail, enrolled } = await visible(actor, id);
    const org = actor.organizationId;
    const [steps, completions, library] = await Promise.all([
      repo.steps(db, org, [detail.pathway.id]),
      repo.completionsOf(db, org, actor.userId, [detail.pathway.id]),
      cardsOf(org, actor.locale),
    ]);
    const planIds = [...new Set(completions.flatMap((c) => (c.planId ? [c.planId] : [])))];
    const plans = new Map((await ownPlans(org, actor.userId, planIds)).map((plan) => [plan.id, plan]));
    return presentPathway(
      detail,
      steps,
      {
        enrolled,
        progress: enrolled
          ? progressOf(
              steps.map((s) => s.id),
              completions.map((c) => c.stepId),
            )
          : null,
        canEdit: policy.canEdit(actor, detail.pathway),
        cards: library,
        completions,
        plans,
      },
      actor.locale,
    );
  }

  /** The step of a pathway the caller follows, while it is open (published). */
  async function ownStep(actor: Actor, id: string, stepId: string) {
    const { detail, enrolled } = await visible(actor, id);
    authorize(policy.canLearn(actor));
    const steps = await repo.steps(db, actor.organizationId, [detail.pathway.id]);
    const step = found(steps.find((s) => s.id === stepId));
    if (!enrolled) throw conflict('Enrol in this pathway first.');
    if (detail.pathway.status !== 'published')
      throw conflict('This pathway is archived: its steps can no longer change.');
    return { pathway: detail.pathway, step };
  }

  return {
    /** The district's pathways the caller may see, each with the caller's own progress. */
    async list(actor: Actor) {
      const org = actor.organizationId;
      const [rows, mine] = await Promise.all([repo.list(db, org), repo.enrolmentsOf(db, org, actor.userId)]);
      const enrolledIds = new Set(mine.map((m) => m.pathwayId));
      const seen = rows.filter((row) => policy.canSee(actor, row.pathway, enrolledIds.has(row.pathway.id)));
      const followed = seen.filter((row) => enrolledIds.has(row.pathway.id)).map((row) => row.pathway.id);
      const [steps, completions] = await Promise.all([
        repo.steps(db, org, followed),
        repo.completionsOf(db, org, actor.userId, followed),
      ]);
      return seen.map(({ pathway, stepCount }) => {
        const enrolled = enrolledIds.has(pathway.id);
        return presentSummary(
          pathway,
          {
            stepCount,
            enrolled,
            progress: enrolled
              ? progressOf(
                  steps.filter((s) => s.pathwayId === pathway.id).map((s) => s.id),
                  completions.filter((c) => c.pathwayId === pathway.id).map((c) => c.stepId),
                )
              : null,
            canEdit: policy.canEdit(actor, pathway),
          },
          actor.locale,
        );
      });
    },

    get: present,

    async create(actor: Actor, body: PathwayBody) {
      authorize(policy.canAuthor(actor));
      const plan = await check(actor, body, []);
      const row = await db.transaction((tx) =>
        repo.create(
          tx,
          {
            organizationId: actor.organizationId,
            createdBy: actor.userId,
            title: body.title,
            description: body.description ?? null,
            audience: body.audience,
            initiativeId: body.initiativeId ?? null,
          },
          plan.insert,
        ),
      );
      return present(actor, row.id);
    },

    /** Replaces the pathway and its ordered steps; kept steps keep everyone's completions. */
    async update(actor: Actor, id: string, body: PathwayBody) {
      const { detail } = await visible(actor, id);
      authorize(policy.canEdit(actor, detail.pathway));
      const existing = await repo.steps(db, actor.organizationId, [detail.pathway.id]);
      const plan = await check(actor, body, existing);
      await db.transaction((tx) =>
        repo.replace(
          tx,
          actor.organizationId,
          detail.pathway.id,
          {
            title: body.title,
            description: body.description ?? null,
            audience: body.audience,
            initiativeId: body.initiativeId ?? null,
          },
          plan,
        ),
      );
      return present(actor, id);
    },

    async setStatus(actor: Actor, id: string, { status }: StatusBody) {
      const { detail } = await visible(actor, id);
      authorize(policy.canEdit(actor, detail.pathway));
      const steps = await repo.steps(db, actor.organizationId, [detail.pathway.id]);
      const problem = statusProblem(detail.pathway.status, status, steps.length);
      if (problem) throw conflict(problem);
      await repo.setStatus(db, actor.organizationId, detail.pathway.id, status);
      return present(actor, id);
    },

    /** The caller follows a published pathway (created: false when they already did). */
    async enrol(actor: Actor, id: string) {
      const { detail, enrolled } = await visible(actor, id);
      authorize(policy.canLearn(actor));
      if (detail.pathway.status !== 'published') throw conflict('Only a published pathway can be followed.');
      if (!enrolled) await repo.enrol(db, actor.organizationId, detail.pathway.id, [actor.userId], null);
      return { created: !enrolled, pathway: await present(actor, id) };
    },

    /** The caller stops following it; their completions stay, should they come back. */
    async leave(actor: Actor, id: string) {
      const { detail } = await visible(actor, id);
      authorize(policy.canLearn(actor));
      await repo.leave(db, actor.organizationId, detail.pathway.id, actor.userId);
    },

    /** An author enrols people within their scope (a coach's or leader's schools; the district for admins). */
    async assign(actor: Actor, id: string, { userIds }: EnrolBody) {
      const { detail } = await visible(actor, id);
      authorize(policy.canEdit(actor, detail.pathway));
      if (detail.pathway.status !== 'published') throw conflict('Publish the pathway before enrolling people.');
      const learners = await learnersIn(actor.organizationId, userIds, policy.peopleScope(actor));
      const errors = userIds.flatMap((userId, index) => {
        const inScope = learners.get(userId);
        if (inScope === undefined) return [{ path: `userIds.${index}`, message: 'Not a person of your district.' }];
        return inScope ? [] : [{ path: `userIds.${index}`, message: 'Not a person of your schools.' }];
      });
      if (errors.length > 0) throw unprocessable('Some people cannot be enrolled.', errors);
      const unique = [...learners.keys()];
      const added = await repo.enrol(db, actor.organizationId, detail.pathway.id, unique, actor.userId);
      return { enrolled: added, already: unique.length - added };
    },

    /**
     * Per-step counts (suppressed under five enrolled) and, for the people the editors assigned
     * within the caller's scope, each one's count; never who enrolled themselves, never notes.
     */
    async progress(actor: Actor, id: string) {
      const { detail } = await visible(actor, id);
      authorize(policy.canEdit(actor, detail.pathway));
      const org = actor.organizationId;
      const [steps, completions, enrolled, library] = await Promise.all([
        repo.steps(db, org, [detail.pathway.id]),
        repo.completionsIn(db, org, detail.pathway.id),
        repo.enrolled(db, org, detail.pathway.id),
        cardsOf(org, actor.locale),
      ]);
      const assigned = enrolled.filter((p) => p.assignedBy !== null);
      const inScope = await learnersIn(
        org,
        assigned.map((p) => p.userId),
        policy.peopleScope(actor),
      );
      const people = assigned.filter((p) => inScope.get(p.userId) === true);
      const stepIds = new Set(steps.map((s) => s.id));
      const completedBy = new Map<string, number>();
      for (const c of completions)
        if (stepIds.has(c.stepId)) completedBy.set(c.userId, (completedBy.get(c.userId) ?? 0) + 1);
      const counts = stepCounts([...stepIds], completions, new Set(enrolled.map((p) => p.userId)));
      return presentProgress(
        steps,
        shownStepCounts(counts, enrolled.length),
        enrolled.length,
        people,
        completedBy,
        library,
        actor.locale,
      );
    },

    async complete(actor: Actor, id: string, stepId: string, body: CompletionBody) {
      const { pathway, step } = await ownStep(actor, id, stepId);
      let planId: string | null = null;
      if (body.planId) {
        const [own] = await ownPlans(actor.organizationId, actor.userId, [body.planId]);
        if (!own)
          throw unprocessable('Link one of your own plans.', [{ path: 'planId', message: 'Not a plan of yours.' }]);
        planId = own.id;
      }
      // The step is locked while the completion is written: an author's edit removing it meanwhile
      // waits, or has already happened and is answered 409 (never a foreign-key error).
      await db.transaction(async (tx) => {
        if (!(await repo.lockStep(tx, actor.organizationId, pathway.id, step.id)))
          throw conflict('This step is no longer part of the pathway.');
        await repo.complete(tx, {
          organizationId: actor.organizationId,
          pathwayId: pathway.id,
          stepId: step.id,
          userId: actor.userId,
          note: body.note || null,
          planId,
        });
      });
      return present(actor, id);
    },

    async uncomplete(actor: Actor, id: string, stepId: string) {
      const { step } = await ownStep(actor, id, stepId);
      await repo.uncomplete(db, actor.organizationId, step.id, actor.userId);
      return present(actor, id);
    },
  };
}

export type PathwaysService = ReturnType<typeof createPathwaysService>;
