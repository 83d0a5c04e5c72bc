import type { z } from 'zod';
import {
  type AttachPlanBody,
  type EvidenceNoteBody,
  type FeedbackBody,
  type FollowUpBody,
  OBSERVATION_LIMITS,
  type ObservationListQuery,
  type RatingsBody,
  type ScheduleObservationBody,
  type TalliesBody,
  type TeacherResponseBody,
  type UpdateObservationBody,
} from '#core/contracts/observations';
import { addDays, utcDay } from '#core/domain/calendar';
import type { Db, Tx } from '../../db/client';
import { type Actor, hasRole } from '../../platform/actor';
import { authorize, found } from '../../platform/authz';
import { conflict, HttpProblem, unprocessable } from '../../platform/http/problem';
import { decodeCursor, toPage } from '../../platform/pagination';
import type { KnownTags } from '../frameworks';
import type { Notify } from '../notifications';
import type { createPlanningService } from '../planning';
import { observationsPolicy as policy } from './observations.policy';
import { presentNote, presentObservation, presentRatings } from './observations.presenter';
import { type ObservationDetail, observationsRepo as repo } from './observations.repo';

type Deps = {
  db: Db;
  planning: Pick<ReturnType<typeof createPlanningService>, 'readablePlan'>;
  knownTags: KnownTags;
  /** Whether the district turned evaluative observations on. */
  evaluativeTurnedOn: (organizationId: string) => Promise<boolean>;
  /** Tells the other person (teacher or observer) in the same transaction as the change. */
  notify: Notify;
  /** The server's calendar day (UTC); injectable so tests can move time. */
  today?: () => string;
};
type FieldError = { path: string; message: string };

const notShared = () => conflict('The feedback has not been shared yet.');
const cancelled = () => conflict('This observation was cancelled.');

/** Problems for ids that are not practices (or look-fors) of a framework the tenant can see, or that repeat. */
function tagErrors(field: string, ids: string[], known: Set<string>, message: string): FieldError[] {
  return ids.flatMap((id, i) => {
    if (ids.indexOf(id) < i) return [{ path: `${field}[${i}]`, message: 'Chosen twice.' }];
    return known.has(id) ? [] : [{ path: `${field}[${i}]`, message }];
  });
}

export function createObservationsService({
  db,
  planning,
  knownTags,
  evaluativeTurnedOn,
  notify,
  today = () => utcDay(new Date()),
}: Deps) {
  /** The visit if the actor is its observer or its teacher; everyone else (leaders and admins too) gets 404. */
  async function readable(actor: Actor, id: string) {
    const row = await repo.find(db, actor.organizationId, id);
    authorize(row !== null && policy.canRead(actor, row), 'hide');
    return row;
  }

  async function asObserver(actor: Actor, id: string) {
    const row = await readable(actor, id);
    authorize(policy.isObserver(actor, row));
    return row;
  }

  async function present(actor: Actor, id: string) {
    return show(actor, found(await repo.detail(db, actor.organizationId, id)));
  }

  const show = (actor: Actor, detail: ObservationDetail) =>
    presentObservation(detail, policy.canSeeFeedback(actor, detail.observation, detail.feedback), today());

  /** Re-reads the visit under a lock inside a write: its status decides what the write may do. */
  async function locked(tx: Tx, actor: Actor, id: string) {
    const row = found(await repo.lock(tx, actor.organizationId, id));
    if (policy.isCancelled(row.status)) throw cancelled();
    return row;
  }

  /** The observer's ratings; the teacher sees them once the feedback is shared. Other kinds have none. */
  async function ratingsFor(actor: Actor, id: string) {
    const detail = await repo.detail(db, actor.organizationId, id);
    authorize(detail !== null && policy.canRead(actor, detail.observation), 'hide');
    const { observation: visit, feedback } = detail;
    if (!policy.carriesRatings(visit.kind) || !policy.canSeeFeedback(actor, visit, feedback)) return presentRatings([]);
    return presentRatings(await repo.ratings(db, actor.organizationId, id));
  }

  /** Practice ids, checked against the frameworks the tenant can see. */
  async function practiceErrors(actor: Actor, field: string, practiceIds: string[]) {
    if (practiceIds.length === 0) return [];
    const known = await knownTags(actor.organizationId, { practiceIds, lookForIds: [] });
    return tagErrors(field, practiceIds, known.practiceIds, 'Not a practice of a framework your district uses.');
  }

  function followUpErrors(scheduledAt: Date, followUpDue: string): FieldError[] {
    return followUpDue < utcDay(scheduledAt)
      ? [{ path: 'followUpDue', message: 'Set the follow-up on or after the day of the visit.' }]
      : [];
  }

  return {
    async schedule(actor: Actor, body: z.infer<typeof ScheduleObservationBody>) {
      if (body.kind === 'evaluative' && !(await evaluativeTurnedOn(actor.organizationId))) {
        authorize(policy.mayObserve(actor) || hasRole(actor, 'teacher'));
        throw unprocessable('Evaluative observations are not turned on for this district.', [
          { path: 'kind', message: 'Choose coaching, peer or walkthrough.' },
        ]);
      }
      const scope = policy.scheduleScope(actor, body.kind);
      authorize(scope !== null);

      const errors: FieldError[] = [];
      const teacherSchools =
        body.teacherId === actor.userId ? null : await repo.teacherSchools(db, actor.organizationId, body.teacherId);
      if (body.teacherId === actor.userId) {
        errors.push({ path: 'teacherId', message: 'You cannot observe yourself.' });
      } else if (teacherSchools === null) {
        errors.push({ path: 'teacherId', message: 'Not a teacher in your organization.' });
      } else if (!scope.anywhere && !teacherSchools.some((id) => scope.schoolIds.includes(id))) {
        errors.push({ path: 'teacherId', message: 'Not a teacher at your schools.' });
      }
      if (
        body.classId &&
        teacherSchools !== null &&
        !(await repo.isClassOf(db, actor.organizationId, body.classId, body.teacherId))
      ) {
        errors.push({ path: 'classId', message: 'Not one of this teacher’s classes.' });
      }
      errors.push(...(await practiceErrors(actor, 'focusPracticeIds', body.focusPracticeIds)));
      const scheduledAt = new Date(body.scheduledAt);
      const followUpDue = body.followUpDue ?? addDays(utcDay(scheduledAt), OBSERVATION_LIMITS.followUpDays);
      errors.push(...followUpErrors(scheduledAt, followUpDue));
      if (errors.length > 0) throw unprocessable('Some details of this observation need attention.', errors);

      const row = await db.transaction(async (tx) => {
        const created = await repo.create(tx, {
          organizationId: actor.organizationId,
          observerId: actor.userId,
          teacherId: body.teacherId,
          kind: body.kind,
          scheduledAt,
          durationMinutes: body.durationMinutes,
          classId: body.classId ?? null,
          focusPracticeIds: body.focusPracticeIds,
          note: body.note ?? null,
          followUpDue,
        });
        // The teacher hears of the visit from Conecta, not by surprise at the door.
        await notify(tx, {
          organizationId: actor.organizationId,
          userId: body.teacherId,
          kind: 'observation.scheduled',
          params: { observerName: actor.name, scheduledAt: scheduledAt.toISOString(), observationKind: body.kind },
          link: `/observations/${created.id}`,
          dedupeKey: `observation.scheduled:${created.id}`,
        });
        return created;
      });
      return present(actor, row.id);
    },

    async list(actor: Actor, query: z.infer<typeof ObservationListQuery>) {
      const after = decodeCursor(query.cursor, ['timestamp', 'id']);
      const rows = await repo.list(
        db,
        actor.organizationId,
        actor.userId,
        { role: query.role, teacherId: query.teacherId, status: query.status, overdue: query.overdue, today: today() },
        query.limit,
        after,
      );
      return toPage(
        rows,
        query.limit,
        (r) => [r.observation.scheduledAt.toISOString(), r.observation.id],
        (r) => show(actor, r),
      );
    },

    async get(actor: Actor, id: string) {
      await readable(actor, id);
      return present(actor, id);
    },

    async update(actor: Actor, id: string, body: z.infer<typeof UpdateObservationBody>) {
      await asObserver(actor, id);
      await db.transaction(async (tx) => {
        const row = await locked(tx, actor, id);
        if (body.status === 'cancelled' && !policy.canCancel(row.status))
          throw conflict('Feedback was already shared, so this observation can no longer be cancelled.');
        const scheduledAt = body.scheduledAt ? new Date(body.scheduledAt) : row.scheduledAt;
        const followUpDue = body.followUpDue ?? row.followUpDue;
        const errors = followUpErrors(scheduledAt, followUpDue);
        if (errors.length > 0) throw unprocessable('Some details of this observation need attention.', errors);
        await repo.update(tx, actor.organizationId, id, {
          scheduledAt,
          followUpDue,
          ...(body.durationMinutes !== undefined ? { durationMinutes: body.durationMinutes } : {}),
          ...(body.status ? { status: body.status } : {}),
        });
      });
      return present(actor, id);
    },

    async attachPlan(actor: Actor, id: string, body: z.infer<typeof AttachPlanBody>) {
      const row = await readable(actor, id);
      authorize(policy.isObserved(actor, row));
      if (policy.isCancelled(row.status)) throw cancelled();
      if (body.planId !== null) {
        // Only "not found" means "not yours"; any other failure must surface as itself.
        const plan = await planning.readablePlan(actor, body.planId).catch((error: unknown) => {
          if (error instanceof HttpProblem && error.status === 404) return null;
          throw error;
        });
        if (plan?.ownerId !== actor.userId)
          throw unprocessable('Share one of your own lesson plans.', [
            { path: 'planId', message: 'Not one of your plans.' },
          ]);
      }
      await repo.update(db, actor.organizationId, id, { planId: body.planId });
      return present(actor, id);
    },

    /** Adds a note, or answers the stored one when its client id was seen before (`created: false`). */
    async addNote(actor: Actor, id: string, body: z.infer<typeof EvidenceNoteBody>) {
      await asObserver(actor, id);
      const existing = await repo.noteByClientId(db, actor.organizationId, id, body.clientId);
      if (existing) return { created: false, note: presentNote(existing) };

      const known = await knownTags(actor.organizationId, {
        practiceIds: body.practiceIds,
        lookForIds: body.lookForIds,
      });
      const errors = [
        ...tagErrors(
          'practiceIds',
          body.practiceIds,
          known.practiceIds,
          'Not a practice of a framework your district uses.',
        ),
        ...tagErrors(
          'lookForIds',
          body.lookForIds,
          known.lookForIds,
          'Not a look-for of a framework your district uses.',
        ),
      ];
      if (errors.length > 0)
        throw unprocessable('Tag the note with practices and look-fors of your framework.', errors);

      return db.transaction(async (tx) => {
        const row = await locked(tx, actor, id);
        // A resend that raced the first send: the first one's note is the answer.
        const raced = await repo.noteByClientId(tx, actor.organizationId, id, body.clientId);
        if (raced) return { created: false, note: presentNote(raced) };
        if ((await repo.noteCount(tx, actor.organizationId, id)) >= OBSERVATION_LIMITS.notesPerObservation)
          throw unprocessable('An observation holds at most 500 notes.');
        const note = found(
          await repo.addNote(tx, {
            organizationId: actor.organizationId,
            observationId: id,
            clientId: body.clientId,
            at: new Date(body.at),
            text: body.text,
            practiceIds: body.practiceIds,
            lookForIds: body.lookForIds,
          }),
        );
        if (row.status === 'scheduled') await repo.update(tx, actor.organizationId, id, { status: 'observed' });
        return { created: true, note: presentNote(note) };
      });
    },

    /** Replaces the quick tallies (the device sends its whole count); look-fors must be the district's. */
    async saveTallies(actor: Actor, id: string, body: z.infer<typeof TalliesBody>) {
      await asObserver(actor, id);
      const lookForIds = Object.keys(body.counts);
      const known = await knownTags(actor.organizationId, { practiceIds: [], lookForIds });
      const errors = tagErrors(
        'counts',
        lookForIds,
        known.lookForIds,
        'Not a look-for of a framework your district uses.',
      );
      if (errors.length > 0) throw unprocessable('Tally look-fors of your framework.', errors);
      await db.transaction(async (tx) => {
        const row = await locked(tx, actor, id);
        await repo.update(tx, actor.organizationId, id, {
          tallies: body.counts,
          ...(row.status === 'scheduled' ? { status: 'observed' as const } : {}),
        });
      });
      return present(actor, id);
    },

    /** Ratings of an evaluative visit (observer): the whole set, replacing what was there. */
    async saveRatings(actor: Actor, id: string, body: z.infer<typeof RatingsBody>) {
      const visit = await asObserver(actor, id);
      if (!policy.carriesRatings(visit.kind)) throw conflict('Only evaluative observations carry ratings.');
      const errors = await practiceErrors(
        actor,
        'ratings',
        body.ratings.map((r) => r.practiceId),
      );
      if (errors.length > 0)
        throw unprocessable(
          'Rate practices of your framework, once each.',
          errors.map((e) => ({ ...e, path: e.path.replace(/^ratings\[(\d+)\]$/, 'ratings[$1].practiceId') })),
        );
      await db.transaction(async (tx) => {
        await locked(tx, actor, id);
        await repo.replaceRatings(tx, actor.organizationId, id, actor.userId, body.ratings);
      });
      return ratingsFor(actor, id);
    },

    ratings: (actor: Actor, id: string) => ratingsFor(actor, id),

    /** The evidence, by the time it was seen: the observer's, and the teacher's once feedback is shared. */
    async notes(actor: Actor, id: string) {
      const row = await readable(actor, id);
      if (!policy.isObserver(actor, row)) {
        authorize(policy.canSeeFeedback(actor, row, await repo.feedback(db, actor.organizationId, id)));
      }
      const rows = await repo.notes(db, actor.organizationId, id);
      return { items: rows.map(presentNote), nextCursor: null };
    },

    async saveFeedback(actor: Actor, id: string, body: z.infer<typeof FeedbackBody>) {
      await asObserver(actor, id);
      const practiceId = body.actionStep.practiceId ?? null;
      if (practiceId && (await practiceErrors(actor, 'practiceIds', [practiceId])).length > 0)
        throw unprocessable('Some details of this feedback need attention.', [
          { path: 'actionStep.practiceId', message: 'Not a practice of a framework your district uses.' },
        ]);
      await db.transaction(async (tx) => {
        const row = await locked(tx, actor, id);
        await repo.saveFeedback(
          tx,
          {
            organizationId: actor.organizationId,
            observationId: id,
            strength: body.strength,
            growthArea: body.growthArea,
            actionStepText: body.actionStep.text,
            howToPractise: body.actionStep.howToPractise,
            resourceId: body.actionStep.resourceId ?? null,
            practiceId,
          },
          body.share,
        );
        const advances = body.share && (row.status === 'scheduled' || row.status === 'observed');
        await repo.update(tx, actor.organizationId, id, advances ? { status: 'feedback-shared' } : {});
        // Once per visit (the dedupe key): editing shared feedback does not ping the teacher again.
        if (body.share)
          await notify(tx, {
            organizationId: actor.organizationId,
            userId: row.teacherId,
            kind: 'observation.feedback-shared',
            params: { observerName: actor.name },
            link: `/observations/${id}`,
            dedupeKey: `observation.feedback-shared:${id}`,
          });
      });
      return present(actor, id);
    },

    async respond(actor: Actor, id: string, body: z.infer<typeof TeacherResponseBody>) {
      const row = await readable(actor, id);
      authorize(policy.isObserved(actor, row));
      const feedback = await repo.feedback(db, actor.organizationId, id);
      if (!feedback?.sharedAt) throw notShared();
      await db.transaction(async (tx) => {
        await repo.respond(tx, actor.organizationId, id, body.text);
        await notify(tx, {
          organizationId: actor.organizationId,
          userId: row.observerId,
          kind: 'observation.teacher-responded',
          params: { teacherName: actor.name },
          link: `/observations/${id}`,
          dedupeKey: `observation.teacher-responded:${id}`,
        });
      });
      return present(actor, id);
    },

    async followUp(actor: Actor, id: string, body: z.infer<typeof FollowUpBody>) {
      await asObserver(actor, id);
      await db.transaction(async (tx) => {
        await locked(tx, actor, id);
        const feedback = await repo.feedback(tx, actor.organizationId, id);
        if (!feedback?.sharedAt) throw notShared();
        await repo.saveFollowUp(tx, {
          organizationId: actor.organizationId,
          observationId: id,
          actionStepProgress: body.actionStepProgress,
          note: body.note ?? null,
          byId: actor.userId,
        });
        await repo.update(tx, actor.organizationId, id, { status: 'followed-up' });
      });
      return present(actor, id);
    },
  };
}

export type ObservationsService = ReturnType<typeof createObservationsService>;
