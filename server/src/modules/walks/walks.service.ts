import type { z } from 'zod';
import {
  type RoomVisitBody,
  type StartWalkBody,
  WALK_LIMITS,
  type Walk,
  type WalkListQuery,
} from '#core/contracts/walks';
import { utcDay } from '#core/domain/calendar';
import type { Db, Tx } from '../../db/client';
import type { Actor } from '../../platform/actor';
import { authorize, found } from '../../platform/authz';
import { conflict, unprocessable } from '../../platform/http/problem';
import { decodeCursor, toPage } from '../../platform/pagination';
import type { SchoolLookForOf } from '../frameworks';
import { namesSomeone } from './no-names';
import { walksPolicy as policy } from './walks.policy';
import { presentReport, presentRoom, presentSummary } from './walks.presenter';
import { type RoomRow, walksRepo as repo, type WalkDetail, type WalkRow } from './walks.repo';

/**
 * Tells a school's teachers that a walk there was closed (and where to read what was seen). Runs
 * inside the closing transaction, so a walk is never closed without its notice, nor the reverse.
 */
export type WalkClosedNotifier = (
  tx: Tx,
  notice: { organizationId: string; schoolId: string; walkId: string; date: string; recipientIds: string[] },
) => Promise<void>;

type Deps = {
  db: Db;
  schoolLookFor: SchoolLookForOf;
  /** Without one, teachers find closed walks on their home page and the walks list (see walk-closed-notice.ts). */
  notifyWalkClosed?: WalkClosedNotifier;
  /** The server's calendar day (UTC); injectable so tests can move time. */
  today?: () => string;
};

const closed = () => conflict('This walk is closed.');

const sameRoom = (row: RoomRow, body: z.infer<typeof RoomVisitBody>) =>
  row.roomLabel === (body.roomLabel ?? null) &&
  row.gradeBand === (body.gradeBand ?? null) &&
  row.subject === (body.subject ?? null) &&
  row.evidence === body.evidence &&
  row.studentsShowing === (body.tally?.showing ?? null) &&
  row.studentsObserved === (body.tally?.observed ?? null) &&
  row.note === (body.note ?? null);

export function createWalksService({ db, schoolLookFor, notifyWalkClosed, today = () => utcDay(new Date()) }: Deps) {
  /** The walk if the actor may know it exists: its school's walkers, district admins, and its teachers once closed. */
  async function readable(actor: Actor, id: string) {
    const row = await repo.find(db, actor.organizationId, id);
    authorize(row !== null && policy.canSeeSummary(actor, row), 'hide');
    return row;
  }

  const permissions = (actor: Actor, walk: WalkRow) => ({
    canCapture: policy.canCapture(actor, walk),
    canReadReport: policy.canReadReport(actor, walk),
  });
  const summary = (actor: Actor, detail: WalkDetail) =>
    presentSummary(detail, actor.locale, permissions(actor, detail.walk));

  async function present(actor: Actor, id: string): Promise<Walk> {
    const detail = found(await repo.detail(db, actor.organizationId, id));
    const mine = policy.canCapture(actor, detail.walk)
      ? await repo.roomsBy(db, actor.organizationId, id, actor.userId)
      : [];
    return { ...summary(actor, detail), myRooms: mine.map(presentRoom) };
  }

  return {
    async start(actor: Actor, body: z.infer<typeof StartWalkBody>) {
      authorize(policy.canStart(actor, body.schoolId));
      const lookFor = await schoolLookFor(actor.organizationId, body.schoolId, body.lookForId);
      if (!lookFor)
        throw unprocessable('Choose a look-for from the framework your school uses.', [
          { path: 'lookForId', message: 'Not a look-for of your school’s framework.' },
        ]);
      // The purpose is shared with the school's teachers when the walk closes.
      if (body.purpose && namesSomeone(body.purpose, await repo.peopleNamesAt(db, actor.organizationId, body.schoolId)))
        throw unprocessable('A learning walk names nobody.', [
          { path: 'purpose', message: 'Leave people’s names out: say what the walk looks for.' },
        ]);
      const row = await repo.create(db, {
        organizationId: actor.organizationId,
        schoolId: body.schoolId,
        createdBy: actor.userId,
        lookForId: lookFor.id,
        practiceId: lookFor.practiceId,
        lookForText: lookFor.text,
        practiceTitle: lookFor.practiceTitle,
        purpose: body.purpose ?? null,
        date: body.date ?? today(),
      });
      return present(actor, row.id);
    },

    async list(actor: Actor, query: z.infer<typeof WalkListQuery>) {
      const after = decodeCursor(query.cursor, ['timestamp', 'id']);
      const rows = await repo.list(
        db,
        actor.organizationId,
        policy.listScope(actor),
        { schoolId: query.schoolId, status: query.status },
        query.limit,
        after,
      );
      return toPage(
        rows,
        query.limit,
        (r) => [r.walk.createdAt.toISOString(), r.walk.id],
        (r) => summary(actor, r),
      );
    },

    async get(actor: Actor, id: string) {
      await readable(actor, id);
      return present(actor, id);
    },

    /**
     * Records a room under the device's client id: new → created; the same again → unchanged;
     * changed → corrected. Only the walker who recorded a room may correct it.
     */
    async saveRoom(actor: Actor, id: string, clientId: string, body: z.infer<typeof RoomVisitBody>) {
      const walk = await readable(actor, id);
      authorize(policy.isWalker(actor, walk));
      if (walk.status === 'closed') throw closed();
      const written = [body.note, body.roomLabel].filter((text): text is string => !!text);
      if (written.length > 0) {
        const names = await repo.peopleNamesAt(db, actor.organizationId, walk.schoolId);
        const errors = [
          ...(body.note && namesSomeone(body.note, names)
            ? [{ path: 'note', message: 'Leave people’s names out: describe what you saw.' }]
            : []),
          ...(body.roomLabel && namesSomeone(body.roomLabel, names)
            ? [{ path: 'roomLabel', message: 'Use a room number or a description, not a name.' }]
            : []),
        ];
        if (errors.length > 0) throw unprocessable('A learning walk names nobody.', errors);
      }
      const values = {
        roomLabel: body.roomLabel ?? null,
        gradeBand: body.gradeBand ?? null,
        subject: body.subject ?? null,
        evidence: body.evidence,
        studentsShowing: body.tally?.showing ?? null,
        studentsObserved: body.tally?.observed ?? null,
        note: body.note ?? null,
      };
      return db.transaction(async (tx) => {
        const locked = found(await repo.lock(tx, actor.organizationId, id));
        if (locked.status === 'closed') throw closed();
        const existing = await repo.roomByClientId(tx, actor.organizationId, id, clientId);
        if (existing) {
          if (existing.walkerId !== actor.userId) throw conflict('Another walker recorded this room.');
          const row = sameRoom(existing, body)
            ? existing
            : await repo.updateRoom(tx, actor.organizationId, existing.id, values);
          return { created: false, room: presentRoom(row) };
        }
        if ((await repo.roomCount(tx, actor.organizationId, id)) >= WALK_LIMITS.roomsPerWalk)
          throw unprocessable('A walk holds at most 200 rooms.');
        const row = await repo.addRoom(tx, {
          organizationId: actor.organizationId,
          walkId: id,
          clientId,
          walkerId: actor.userId,
          ...values,
        });
        return { created: true, room: presentRoom(row) };
      });
    },

    /** Closes the walk and tells the school's teachers; from then on only the pattern remains. */
    async close(actor: Actor, id: string) {
      const walk = await readable(actor, id);
      authorize(policy.isWalker(actor, walk));
      await db.transaction(async (tx) => {
        const locked = found(await repo.lock(tx, actor.organizationId, id));
        if (locked.status === 'closed') throw conflict('This walk is already closed.');
        await repo.close(tx, actor.organizationId, id);
        const recipientIds = await repo.teachersAt(tx, actor.organizationId, locked.schoolId);
        if (notifyWalkClosed && recipientIds.length > 0)
          await notifyWalkClosed(tx, {
            organizationId: actor.organizationId,
            schoolId: locked.schoolId,
            walkId: id,
            date: locked.date,
            recipientIds,
          });
      });
      return present(actor, id);
    },

    /** The school-level pattern: for the school's walkers and district admins, never its teachers' names or rooms. */
    async report(actor: Actor, id: string) {
      const walk = await readable(actor, id);
      authorize(policy.canReadReport(actor, walk));
      const detail = found(await repo.detail(db, actor.organizationId, id));
      const rooms = await repo.rooms(db, actor.organizationId, id);
      return presentReport(summary(actor, detail), rooms);
    },
  };
}

export type WalksService = ReturnType<typeof createWalksService>;
