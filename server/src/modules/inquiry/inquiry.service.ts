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
import { presentInquiry, presentLink, presentSummary } from './inquiry.presenter';
import { type InquiryLinkRow, type InquiryListRow, type InquiryRow, inquiryRepo as repo } from './inquiry.repo';
import type { StudentWorkReader } from './student-work';

type Deps = { db: Db; planReader: PlanReader; knownTags: KnownTags; studentWork: StudentWorkReader };
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

  type Target = { kind: InquiryLinkKind; targetId: string };
  type Shown = { title: string | null; date: string | null; planId: string | null };
  const keyOf = (kind: InquiryLinkKind, id: string) => `${kind}:${id}`;

  /**
   * What the actor may see of each linked artefact (its title and day), keyed by kind and id; an
   * artefact they may not see is absent. One query per kind, whatever the number of links.
   */
  async function artefacts(actor: Actor, targets: Target[], locale: Locale, forLink = false) {
    const org = actor.organizationId;
    const allowed = (kind: InquiryLinkKind, facts: ArtefactFacts) =>
      forLink ? policy.mayLink(actor, kind, facts) : policy.showsArtefact(actor, kind, facts);
    const idsOf = (kind: InquiryLinkKind) => targets.filter((t) => t.kind === kind).map((t) => t.targetId);
    const [cards, plans, reflections, visits] = await Promise.all([
      repo.cardTitles(db, org, idsOf('card'), locale),
      repo.plansFacts(db, org, idsOf('plan')),
      repo.reflectionsFacts(db, org, idsOf('reflection')),
      repo.observationsFacts(db, org, idsOf('observation')),
    ]);
    const shown = new Map<string, Shown>();
    for (const card of cards) shown.set(keyOf('card', card.slug), { title: card.title, date: null, planId: null });
    for (const plan of plans) {
      const readsPlan = await planReader(org, actor.userId, plan);
      if (allowed('plan', { ownerId: plan.ownerId, readsPlan }))
        shown.set(keyOf('plan', plan.id), { title: plan.title, date: plan.date, planId: plan.id });
    }
    for (const r of reflections) {
      const plan = { ownerId: r.planOwnerId, visibility: r.planVisibility };
      const readsPlan = r.planOwnerId === r.authorId && (await planReader(org, actor.userId, plan));
      if (allowed('reflection', { ownerId: r.authorId, readsPlan }))
        shown.set(keyOf('reflection', r.id), { title: r.planTitle, date: utcDay(r.createdAt), planId: r.planId });
    }
    for (const visit of visits) {
      const facts = {
        ownerId: visit.teacherId,
        observerId: visit.observerId,
        observationKind: visit.kind,
        cancelled: visit.status === 'cancelled',
      };
      if (allowed('observation', facts))
        shown.set(keyOf('observation', visit.id), { title: null, date: utcDay(visit.scheduledAt), planId: null });
    }
    for (const id of idsOf('student-work')) {
      const work = await studentWork(org, actor.userId, id);
      if (work && allowed('student-work', { ownerId: work.ownerId }))
        shown.set(keyOf('student-work', id), { title: work.title, date: work.date, planId: null });
    }
    return shown;
  }

  /** The links whose artefacts the reader may see. */
  async function shownLinks(actor: Actor, links: InquiryLinkRow[], locale: Locale) {
    const shown = await artefacts(actor, links, locale);
    return links.flatMap((link) => {
      const facts = shown.get(keyOf(link.kind, link.targetId));
      return facts ? [presentLink(link, { ...facts, date: facts.date ?? utcDay(link.createdAt) })] : [];
    });
  }

  async function presentRow(actor: Actor, row: InquiryListRow, locale: Locale) {
    const practiceId = row.inquiry.focusPracticeId;
    const [title, links] = await Promise.all([
      practiceId ? repo.practiceTitle(db, practiceId) : null,
      repo.links(db, actor.organizationId, row.inquiry.id).then((all) => shownLinks(actor, all, locale)),
    ]);
    const focusPractice =
      practiceId && title ? { id: practiceId, title: title[locale] ?? title.en ?? title.es ?? '' } : null;
    return presentInquiry(row, { focusPractice, links });
  }

  async function present(actor: Actor, id: string, locale: Locale = actor.locale) {
    return presentRow(actor, found(await repo.withNames(db, actor.organizationId, id)), locale);
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

    async get(actor: Actor, id: string, locale: Locale = actor.locale) {
      const row = await repo.withNames(db, actor.organizationId, id);
      authorize(row !== null && (await owns(actor, row.inquiry)), 'hide');
      return presentRow(actor, row!, locale);
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
      const facts = (await artefacts(actor, [body], locale, true)).get(keyOf(body.kind, body.targetId));
      if (!facts) {
        const message = 'Link something of your own, or shared with you, that you can open.';
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
