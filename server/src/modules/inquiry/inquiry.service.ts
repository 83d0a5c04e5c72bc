import type { z } from 'zod';
import {
  type CloseInquiryBody,
  INQUIRY_LIMITS,
  type InquiryLinkBody,
  type InquiryLinkKind,
  type InquiryListQuery,
  type StartInquiryBody,
  type UpdateInquiryBody,
} from '#core/contracts/inquiry';
import { utcDay } from '#core/domain/calendar';
import type { Locale } from '#core/domain/roles';
import { stageProblems, stageRuleText } from '#core/inquiry/index';
import type { Db } from '../../db/client';
import type { Actor } from '../../platform/actor';
import { authorize, found } from '../../platform/authz';
import { conflict, unprocessable } from '../../platform/http/problem';
import { decodeCursor, toPage } from '../../platform/pagination';
import type { KnownTags } from '../frameworks';
import type { PlanReader } from '../planning';
import { type ArtefactFacts, inquiryPolicy as policy } from './inquiry.policy';
import { presentInquiry, presentLink, presentSummary, type ShownArtefact } from './inquiry.presenter';
import { type InquiryLinkRow, type InquiryRow, inquiryRepo as repo } from './inquiry.repo';
import type { StudentWorkReader } from './student-work';

type Deps = { db: Db; planReader: PlanReader; knownTags: KnownTags; studentWork?: StudentWorkReader | undefined };
type FieldError = { path: string; message: string };

const closed = () => conflict('This inquiry is closed.');

export function createInquiryService({ db, planReader, knownTags, studentWork }: Deps) {
  async function owns(actor: Actor, row: InquiryRow) {
    const member = row.teamId !== null && (await repo.isTeamMember(db, actor.organizationId, row.teamId, actor.userId));
    return policy.isOwner(actor, row, member);
  }

  /** The inquiry if the actor owns or co-owns it; everyone else (leaders and admins too) gets 404. */
  async function owned(actor: Actor, id: string) {
    const row = await repo.find(db, actor.organizationId, id);
    authorize(row !== null && (await owns(actor, row)), 'hide');
    return row!;
  }

  async function practiceErrors(actor: Actor, practiceId: string | null | undefined): Promise<FieldError[]> {
    if (!practiceId) return [];
    const known = await knownTags(actor.organizationId, { practiceIds: [practiceId], lookForIds: [] });
    return known.practiceIds.has(practiceId)
      ? []
      : [{ path: 'focusPracticeId', message: 'Not a practice of a framework your district uses.' }];
  }

  /** What the actor may see of a linked artefact (its title and day), or null when they may not see it. */
  async function artefact(actor: Actor, kind: InquiryLinkKind, targetId: string, locale: Locale, forLink = false) {
    const org = actor.organizationId;
    const allowed = (facts: ArtefactFacts) =>
      forLink ? policy.mayLink(actor, kind, facts) : policy.showsArtefact(actor, kind, facts);
    if (kind === 'card') {
      const title = await repo.cardTitle(db, org, targetId, locale);
      return title === null ? null : { title, date: null, planId: null };
    }
    if (kind === 'plan') {
      const plan = await repo.planFacts(db, org, targetId);
      if (!plan) return null;
      const readsPlan = await planReader(org, actor.userId, plan);
      return allowed({ ownerId: plan.ownerId, readsPlan })
        ? { title: plan.title, date: plan.date, planId: plan.id }
        : null;
    }
    if (kind === 'reflection') {
      const r = await repo.reflectionFacts(db, org, targetId);
      if (!r) return null;
      const plan = { ownerId: r.planOwnerId, visibility: r.planVisibility };
      const readsPlan = r.planOwnerId === r.authorId && (await planReader(org, actor.userId, plan));
      return allowed({ ownerId: r.authorId, readsPlan })
        ? { title: r.planTitle, date: utcDay(r.createdAt), planId: r.planId }
        : null;
    }
    if (kind === 'observation') {
      const visit = await repo.observationFacts(db, org, targetId);
      if (!visit) return null;
      const facts = {
        ownerId: visit.teacherId,
        observerId: visit.observerId,
        observationKind: visit.kind,
        cancelled: visit.status === 'cancelled',
      };
      return allowed(facts) ? { title: null, date: utcDay(visit.scheduledAt), planId: null } : null;
    }
    const work = studentWork ? await studentWork(org, actor.userId, targetId) : null;
    return work && allowed({ ownerId: work.ownerId }) ? { title: work.title, date: work.date, planId: null } : null;
  }

  /** The links whose artefacts the reader may see (sequential: a few links, a few small queries). */
  async function shownLinks(actor: Actor, links: InquiryLinkRow[], locale: Locale) {
    const shown = [];
    for (const link of links) {
      const facts = await artefact(actor, link.kind, link.targetId, locale);
      if (!facts) continue;
      const value: ShownArtefact = { ...facts, date: facts.date ?? utcDay(link.createdAt) };
      shown.push(presentLink(link, value));
    }
    return shown;
  }

  async function present(actor: Actor, id: string, locale: Locale = actor.locale) {
    const row = found(await repo.withNames(db, actor.organizationId, id));
    const practiceId = row.inquiry.focusPracticeId;
    const title = practiceId ? await repo.practiceTitle(db, practiceId) : null;
    const focusPractice =
      practiceId && title ? { id: practiceId, title: title[locale] ?? title.en ?? title.es ?? '' } : null;
    const links = await shownLinks(actor, await repo.links(db, actor.organizationId, id), locale);
    return presentInquiry(row, { focusPractice, links });
  }

  /** 422 naming every stage rule the inquiry would break (in English; the problem is localized on its way out). */
  function stageRefused(problems: ReturnType<typeof stageProblems>) {
    return unprocessable(
      'This inquiry cannot move to that stage yet.',
      problems.map((rule) => ({ path: rule, message: stageRuleText(rule, 'en') })),
    );
  }

  return {
    async start(actor: Actor, body: z.infer<typeof StartInquiryBody>, locale: Locale = actor.locale) {
      authorize(policy.mayStart(actor));
      const errors = await practiceErrors(actor, body.focusPracticeId);
      if (body.teamId && !(await repo.isTeamMember(db, actor.organizationId, body.teamId, actor.userId)))
        errors.push({ path: 'teamId', message: 'Not a team you belong to.' });
      if (errors.length > 0) throw unprocessable('Some details of this inquiry need attention.', errors);
      const row = await repo.create(db, {
        organizationId: actor.organizationId,
        ownerId: actor.userId,
        teamId: body.teamId ?? null,
        question: body.question,
        focusPracticeId: body.focusPracticeId ?? null,
        prediction: body.prediction ?? null,
        evidence: body.evidence ?? [],
      });
      return present(actor, row.id, locale);
    },

    async list(actor: Actor, query: z.infer<typeof InquiryListQuery>) {
      const after = decodeCursor(query.cursor, ['timestamp', 'id']);
      const rows = await repo.listFor(db, actor.organizationId, actor.userId, query.status, query.limit, after);
      const now = new Date();
      return toPage(
        rows,
        query.limit,
        (r) => [r.inquiry.createdAt.toISOString(), r.inquiry.id],
        (r) => presentSummary(r, now),
      );
    },

    async get(actor: Actor, id: string, locale?: Locale) {
      await owned(actor, id);
      return present(actor, id, locale);
    },

    /** Edits and a stage move together: the rules are checked on the result, so both land or neither. */
    async update(actor: Actor, id: string, body: z.infer<typeof UpdateInquiryBody>, locale: Locale = actor.locale) {
      const current = await owned(actor, id);
      if (current.closedAt) throw closed();
      const errors = body.focusPracticeId !== undefined ? await practiceErrors(actor, body.focusPracticeId) : [];
      if (errors.length > 0) throw unprocessable('Some details of this inquiry need attention.', errors);
      const changes = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
      await db.transaction(async (tx) => {
        const row = found(await repo.lock(tx, actor.organizationId, id));
        if (row.closedAt) throw closed();
        const next = { ...row, ...changes } as InquiryRow;
        const problems = stageProblems(next, next.stage);
        if (problems.length > 0) throw stageRefused(problems);
        await repo.update(tx, actor.organizationId, id, changes);
      });
      return present(actor, id, locale);
    },

    /** Links an artefact the actor may see; linking the same one again answers the existing link. */
    async addLink(actor: Actor, id: string, body: z.infer<typeof InquiryLinkBody>, locale: Locale = actor.locale) {
      const inquiry = await owned(actor, id);
      if (inquiry.closedAt) throw closed();
      const facts = await artefact(actor, body.kind, body.targetId, locale, true);
      if (!facts) {
        const message =
          body.kind === 'student-work' && !studentWork
            ? 'Student work cannot be linked yet.'
            : 'Link something of your own, or shared with you, that you can open.';
        throw unprocessable(message, [{ path: 'targetId', message }]);
      }
      const shown = (link: InquiryLinkRow) =>
        presentLink(link, { ...facts, date: facts.date ?? utcDay(link.createdAt) });
      return db.transaction(async (tx) => {
        const row = found(await repo.lock(tx, actor.organizationId, id));
        if (row.closedAt) throw closed();
        const existing = await repo.linkTo(tx, actor.organizationId, id, body.kind, body.targetId);
        if (existing) return { created: false, link: shown(existing) };
        if ((await repo.linkCount(tx, actor.organizationId, id)) >= INQUIRY_LIMITS.linksPerInquiry)
          throw unprocessable('An inquiry holds at most 100 links.');
        const link = await repo.addLink(tx, {
          organizationId: actor.organizationId,
          inquiryId: id,
          kind: body.kind,
          targetId: body.targetId,
          createdBy: actor.userId,
        });
        await repo.update(tx, actor.organizationId, id, {});
        return { created: true, link: shown(link) };
      });
    },

    async removeLink(actor: Actor, id: string, linkId: string) {
      await owned(actor, id);
      found(await repo.link(db, actor.organizationId, id, linkId));
      await db.transaction(async (tx) => {
        const row = found(await repo.lock(tx, actor.organizationId, id));
        if (row.closedAt) throw closed();
        await repo.removeLink(tx, actor.organizationId, id, linkId);
        await repo.update(tx, actor.organizationId, id, {});
      });
    },

    /** Closes with a summary of what was learned (adopt, adapt or abandon): from any stage. */
    async close(actor: Actor, id: string, body: z.infer<typeof CloseInquiryBody>, locale?: Locale) {
      await owned(actor, id);
      await db.transaction(async (tx) => {
        const row = found(await repo.lock(tx, actor.organizationId, id));
        if (row.closedAt) throw closed();
        await repo.update(tx, actor.organizationId, id, {
          stage: 'closed',
          summary: body.summary,
          closedAt: new Date(),
        });
      });
      return present(actor, id, locale);
    },
  };
}

export type InquiryService = ReturnType<typeof createInquiryService>;
