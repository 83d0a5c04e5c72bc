import type { z } from 'zod';
import type { LessonPlan } from '#core/contracts/planning';
import type { CommentTargetQuery, CreateCommentBody } from '#core/contracts/units';
import { findMentions } from '#core/units/index';
import type { Db } from '../../db/client';
import type { Actor } from '../../platform/actor';
import { unprocessable } from '../../platform/http/problem';
import type { Notify } from '../notifications';
import type { PlanReader } from '../planning';
import { peopleById, presentComment } from './units.presenter';
import { type Person, unitsRepo as repo } from './units.repo';
import type { UnitsService } from './units.service';

type Deps = {
  db: Db;
  units: Pick<UnitsService, 'readable'>;
  /** Planning's plan for a reader who may read it, else 404 (injected). */
  readablePlan: (actor: Actor, planId: string) => Promise<LessonPlan>;
  planReader: PlanReader;
  notify: Notify;
};
type Target = z.infer<typeof CommentTargetQuery>;

/** Comments on a section of a plan or a unit, with @mentions that notify the people named. */
export function createCommentsService({ db, units, readablePlan, planReader, notify }: Deps) {
  /** The target, if the actor may read it (else 404): its title, link, and whose people may be mentioned. */
  async function readable(actor: Actor, target: Target) {
    if (target.targetType === 'unit') {
      const unit = await units.readable(actor, target.targetId);
      return { title: unit.title, link: `/units/${unit.id}`, teamId: unit.teamId, plan: null };
    }
    const plan = await readablePlan(actor, target.targetId);
    return { title: plan.title, link: `/planner/plans/${plan.id}`, teamId: null, plan };
  }

  /** Who may be mentioned: a unit's team; for a plan, its owner's teammates who may read it. */
  async function mentionableOn(actor: Actor, opened: Awaited<ReturnType<typeof readable>>) {
    if (!opened.plan) return repo.teamMembers(db, actor.organizationId, opened.teamId!);
    const { ownerId, visibility } = opened.plan;
    const candidates = await repo.teammatesOf(db, actor.organizationId, ownerId);
    const readers: Person[] = [];
    for (const person of candidates)
      if (await planReader(actor.organizationId, person.id, { ownerId, visibility })) readers.push(person);
    return readers;
  }

  async function open(actor: Actor, target: Target) {
    const opened = await readable(actor, target);
    return { ...opened, mentionable: await mentionableOn(actor, opened) };
  }

  return {
    async list(actor: Actor, target: Target) {
      await readable(actor, target);
      const rows = await repo.comments(db, actor.organizationId, target.targetType, target.targetId);
      const people = peopleById(
        await repo.people(db, actor.organizationId, [...new Set(rows.flatMap((r) => r.mentionIds))]),
      );
      return { items: rows.map((row) => presentComment(row, people)), nextCursor: null };
    },

    async mentionable(actor: Actor, target: Target) {
      const { mentionable } = await open(actor, target);
      return { items: mentionable.filter((p) => p.id !== actor.userId), nextCursor: null };
    },

    async create(actor: Actor, body: z.infer<typeof CreateCommentBody>) {
      const target = await open(actor, body);
      const allowed = new Map(target.mentionable.map((p) => [p.id, p.name]));
      const picked = [...new Set(body.mentionIds)];
      const outside = picked.filter((id) => !allowed.has(id));
      if (outside.length > 0)
        throw unprocessable('Mention people who can read this.', [
          { path: 'mentionIds', message: 'Not someone who can read this.' },
        ]);
      const mentionIds = [...new Set([...picked, ...findMentions(body.body, target.mentionable)])].filter(
        (id) => id !== actor.userId,
      );
      const row = await db.transaction(async (tx) => {
        const comment = await repo.addComment(tx, {
          organizationId: actor.organizationId,
          targetType: body.targetType,
          targetId: body.targetId,
          section: body.section,
          body: body.body,
          authorId: actor.userId,
          mentionIds,
        });
        // One after another: a transaction runs one query at a time.
        for (const userId of mentionIds)
          await notify(tx, {
            organizationId: actor.organizationId,
            userId,
            kind: 'comment.mention',
            params: { authorName: actor.name, targetTitle: target.title, section: body.section },
            link: `${target.link}?section=${encodeURIComponent(body.section)}`,
            dedupeKey: `comment.mention:${comment.id}:${userId}`,
          });
        return comment;
      });
      const people = new Map(mentionIds.map((id) => [id, allowed.get(id) ?? '']));
      return presentComment({ ...row, authorName: actor.name }, people);
    },
  };
}
export type CommentsService = ReturnType<typeof createCommentsService>;
