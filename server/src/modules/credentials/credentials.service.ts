import type { z } from 'zod';
import {
  CONTENT_FIELDS,
  type DraftBody,
  type EvidenceItem,
  type EvidenceSnapshot,
  type MicroCredentialBody,
  type MicroCredentialPatch,
  type ReviewBody,
  type RevokeBody,
} from '#core/contracts/credentials';
import { decide } from '#core/credentials/rubric';
import type { Db, Executor, Tx } from '../../db/client';
import type { Actor } from '../../platform/actor';
import { authorize, found } from '../../platform/authz';
import { conflict, unprocessable } from '../../platform/http/problem';
import { auditRepo } from '../audit';
import type { PracticeTitleOf } from '../frameworks';
import type { Notify } from '../notifications/notify';
import { credentialsPolicy as policy } from './credentials.policy';
import {
  pick,
  presentIssued,
  presentMicroCredential,
  presentSource,
  presentSubmission,
  presentSummary,
} from './credentials.presenter';
import { type MicroCredentialRow, credentialsRepo as repo } from './credentials.repo';
import type { EvidenceReaders } from './evidence';
import { createIssuer } from './issue';

type Deps = {
  db: Db;
  notify: Notify;
  evidence: EvidenceReaders;
  practiceTitle: PracticeTitleOf;
  sessionSecret: string;
  /** During a rotation: the secret SESSION_SECRET replaced (keys sealed under it are sealed again). */
  previousSessionSecret?: string | null;
  publicUrl: string;
  now?: () => Date;
};

const SCORE_PROBLEMS = {
  missing: 'Score this criterion.',
  unknown: 'Not a criterion of this rubric.',
  duplicate: 'Score each criterion once.',
  'out-of-range': 'Choose one of this criterion’s levels.',
} as const;

const emptyDraft = (): DraftBody => ({ evidence: [], reflections: {} });

export function createCredentialsService({
  db,
  notify,
  evidence,
  practiceTitle,
  sessionSecret,
  previousSessionSecret = null,
  publicUrl,
  now = () => new Date(),
}: Deps) {
  const issuer = createIssuer({ db, sessionSecret, previousSessionSecret, publicUrl });

  async function readable(actor: Actor, id: string) {
    const detail = await repo.submission(db, actor.organizationId, id);
    authorize(detail !== null && policy.canRead(actor, detail.submission), 'hide');
    return detail;
  }

  async function present(actor: Actor, id: string) {
    const detail = found(await repo.submission(db, actor.organizationId, id));
    const [attempts, issued] = await Promise.all([
      repo.attempts(db, actor.organizationId, id),
      repo.issuedFor(db, actor.organizationId, id),
    ]);
    return presentSubmission(detail, attempts, {
      locale: actor.locale,
      isOwner: policy.isOwner(actor, detail.submission),
      canReview: policy.canReview(actor, detail.submission),
      credentialId: issued?.id ?? null,
      credentialRevokedAt: issued?.revokedAt ?? null,
    });
  }

  async function checkPractice(actor: Actor, practiceId: string | null | undefined) {
    if (practiceId && !(await practiceTitle(actor.organizationId, practiceId)))
      throw unprocessable('Choose a practice of your district’s framework.', [
        { path: 'practiceId', message: 'Not a practice your district can see.' },
      ]);
  }

  /** Each piece of evidence must answer a requirement of its kind and be the teacher's own to read. */
  async function snapshots(tx: Executor, actor: Actor, mc: MicroCredentialRow, items: EvidenceItem[]) {
    const at = now().toISOString();
    const errors: { path: string; message: string }[] = [];
    const taken: EvidenceSnapshot[] = [];
    for (const [index, item] of items.entries()) {
      const requirement = mc.requirements.find((r) => r.id === item.requirementId);
      if (!requirement || requirement.kind !== item.type) {
        errors.push({ path: `evidence.${index}.requirementId`, message: 'Not a requirement of this kind.' });
        continue;
      }
      if (item.type === 'text') {
        taken.push({ ...snapshotBase(item, actor, at), artefactId: null, title: '', summary: item.text });
        continue;
      }
      const read = evidence[item.type];
      const snapshot = read ? await read(tx, actor, item.artefactId) : null;
      if (!snapshot || snapshot.ownerId !== actor.userId) {
        errors.push({ path: `evidence.${index}.artefactId`, message: 'Attach only your own work.' });
        continue;
      }
      taken.push({
        ...snapshotBase(item, actor, at),
        artefactId: item.artefactId,
        artefactDate: snapshot.date,
        title: snapshot.title,
        summary: snapshot.summary,
      });
    }
    if (errors.length > 0) throw unprocessable('Some evidence cannot be attached.', errors);
    return taken;
  }

  return {
    /** Authors also see archived ones (to edit or restore them); everyone else only open ones. */
    async catalogue(actor: Actor) {
      return (await repo.catalogue(db, actor.organizationId, policy.canAuthor(actor))).map((row) =>
        presentMicroCredential(row, actor.locale, policy.canEdit(actor, row)),
      );
    },

    /** The authored text in both languages, for the editor. */
    async source(actor: Actor, id: string) {
      const row = found(await repo.microCredential(db, actor.organizationId, id));
      authorize(policy.canEdit(actor, row));
      return presentSource(row, !(await repo.hasSubmissions(db, actor.organizationId, id)));
    },

    /**
     * Edits a micro-credential. Title and description change at any time; what is assessed
     * (competency, key method, practice, requirements, rubric) only while no teacher has started,
     * so nobody's evidence or score ever points at a requirement or level that moved.
     */
    async update(actor: Actor, id: string, body: MicroCredentialPatch) {
      authorize(policy.canEdit(actor, found(await repo.microCredential(db, actor.organizationId, id))));
      await checkPractice(actor, body.practiceId);
      const row = await db.transaction(async (tx) => {
        const current = found(await repo.lockMicroCredential(tx, actor.organizationId, id));
        const content = CONTENT_FIELDS.filter((field) => body[field] !== undefined);
        if (content.length > 0 && (await repo.hasSubmissions(tx, actor.organizationId, id)))
          throw conflict('Teachers have started this micro-credential: only its title and description can change.', {
            fields: content,
          });
        const { archived, ...fields } = body;
        const archivedAt = archived === undefined ? undefined : archived ? (current.archivedAt ?? now()) : null;
        if (archived !== undefined && Boolean(current.archivedAt) !== archived)
          await auditRepo.record(tx, {
            organizationId: actor.organizationId,
            actorId: actor.userId,
            action: archived ? 'credential.archived' : 'credential.restored',
            targetType: 'micro_credential',
            targetId: id,
            ip: actor.context.ip,
          });
        return repo.updateMicroCredential(tx, actor.organizationId, id, {
          ...fields,
          ...(archivedAt === undefined ? {} : { archivedAt }),
        });
      });
      return presentMicroCredential(row, actor.locale, true);
    },

    /** The district's issued badges (admins: to find one to revoke). */
    async issued(actor: Actor) {
      authorize(policy.canRevoke(actor));
      return (await repo.issuedList(db, actor.organizationId)).map((row) => presentIssued(row, actor.locale));
    },

    /**
     * Revokes an issued badge (district admins; audited). The signed document stays as it was; the
     * public verification answers "revoked on DATE" from now on (adr/0007). Revoking twice is a 409.
     */
    async revoke(actor: Actor, id: string, body: RevokeBody) {
      authorize(policy.canRevoke(actor));
      await db.transaction(async (tx) => {
        const row = found(await repo.lockIssued(tx, actor.organizationId, id));
        if (row.revokedAt) throw conflict('This credential is already revoked.');
        await repo.revoke(tx, actor.organizationId, id, {
          revokedAt: now(),
          revokedBy: actor.userId,
          revocationReason: body.reason,
        });
        await auditRepo.record(tx, {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: 'credential.revoked',
          targetType: 'issued_credential',
          targetId: id,
          data: { reason: body.reason, earnerId: row.earnerId },
          ip: actor.context.ip,
        });
        // The earner is told (not why: they can ask their district); the link opens their submission.
        const detail = found(await repo.submission(tx, actor.organizationId, row.submissionId));
        await notify(tx, {
          organizationId: actor.organizationId,
          userId: row.earnerId,
          kind: 'credential.revoked',
          params: { title: pick(detail.microCredential.title, actor.locale) },
          link: `/credentials/submissions/${row.submissionId}`,
          dedupeKey: `credential.revoked:${id}`,
        });
      });
      const [row] = await repo.issuedList(db, actor.organizationId, id);
      return presentIssued(found(row), actor.locale);
    },

    async microCredential(actor: Actor, id: string) {
      const row = found(await repo.microCredential(db, actor.organizationId, id));
      return presentMicroCredential(row, actor.locale, policy.canEdit(actor, row));
    },

    async create(actor: Actor, body: z.infer<typeof MicroCredentialBody>) {
      authorize(policy.canAuthor(actor));
      await checkPractice(actor, body.practiceId);
      const row = await repo.createMicroCredential(db, {
        organizationId: actor.organizationId,
        createdBy: actor.userId,
        title: body.title,
        description: body.description,
        competency: body.competency,
        keyMethod: body.keyMethod,
        practiceId: body.practiceId ?? null,
        requirements: body.requirements,
        rubric: body.rubric,
      });
      return presentMicroCredential(row, actor.locale, true);
    },

    /**
     * Starts the teacher's submission, or answers the one they already have. An archived one takes
     * no new submissions (409); one already started keeps going.
     */
    async start(actor: Actor, microCredentialId: string) {
      found(await repo.microCredential(db, actor.organizationId, microCredentialId));
      authorize(policy.canSubmit(actor));
      const created = await db.transaction(async (tx) => {
        // Locked so an edit of what is assessed and a first start never cross.
        const mc = found(await repo.lockMicroCredential(tx, actor.organizationId, microCredentialId));
        if (await repo.submissionFor(tx, actor.organizationId, mc.id, actor.userId)) return null;
        if (mc.archivedAt) throw conflict('This micro-credential is archived: it takes no new submissions.');
        return repo.startSubmission(tx, {
          organizationId: actor.organizationId,
          microCredentialId: mc.id,
          teacherId: actor.userId,
          draft: emptyDraft(),
        });
      });
      const row = created ?? found(await repo.submissionFor(db, actor.organizationId, microCredentialId, actor.userId));
      return { created: created !== null, submission: await present(actor, row.id) };
    },

    async mine(actor: Actor) {
      const rows = await repo.mine(db, actor.organizationId, actor.userId);
      return Promise.all(
        rows.map(async (row) =>
          presentSummary(row, actor.locale, await repo.issuedFor(db, actor.organizationId, row.submission.id)),
        ),
      );
    },

    async queue(actor: Actor) {
      authorize(policy.isReviewer(actor));
      return (await repo.queue(db, actor.organizationId, actor.userId)).map((row) => presentSummary(row, actor.locale));
    },

    async get(actor: Actor, id: string) {
      await readable(actor, id);
      return present(actor, id);
    },

    /** Autosave: the whole draft replaces the last one; nothing is kept back while it is under review. */
    async saveDraft(actor: Actor, id: string, body: z.infer<typeof DraftBody>) {
      const detail = await readable(actor, id);
      authorize(policy.isOwner(actor, detail.submission));
      const unknown = Object.keys(body.reflections).filter(
        (key) => !detail.microCredential.requirements.some((r) => r.id === key),
      );
      if (unknown.length > 0)
        throw unprocessable(
          'Some evidence cannot be attached.',
          unknown.map((key) => ({ path: `reflections.${key}`, message: 'Not a requirement of this kind.' })),
        );
      await db.transaction(async (tx) => {
        const locked = found(await repo.lock(tx, actor.organizationId, id));
        if (locked.status === 'submitted') throw conflict('This submission is being reviewed.');
        if (locked.status === 'earned') throw conflict('This micro-credential is already earned.');
        await snapshots(tx, actor, detail.microCredential, body.evidence);
        await repo.updateSubmission(tx, actor.organizationId, id, { draft: body });
      });
      return present(actor, id);
    },

    /** Sends the draft for review: every requirement met, snapshots taken now, reviewers told. */
    async submit(actor: Actor, id: string) {
      const detail = await readable(actor, id);
      authorize(policy.isOwner(actor, detail.submission));
      const mc = detail.microCredential;
      await db.transaction(async (tx) => {
        const locked = found(await repo.lock(tx, actor.organizationId, id));
        if (locked.status === 'submitted') throw conflict('This submission is being reviewed.');
        if (locked.status === 'earned') throw conflict('This micro-credential is already earned.');
        const { draft } = locked;
        const missing = mc.requirements.flatMap((r) => [
          ...(draft.evidence.filter((e) => e.requirementId === r.id).length < r.count
            ? [{ path: `requirements.${r.id}`, message: 'Attach the evidence this requirement asks for.' }]
            : []),
          ...(!draft.reflections[r.id]?.trim()
            ? [{ path: `reflections.${r.id}`, message: 'Write a short reflection.' }]
            : []),
        ]);
        if (missing.length > 0) throw unprocessable('Some requirements are not met yet.', missing);
        const evidence = await snapshots(tx, actor, mc, draft.evidence);
        const number = locked.attemptCount + 1;
        await repo.addAttempt(tx, {
          organizationId: actor.organizationId,
          submissionId: id,
          number,
          evidence,
          reflections: draft.reflections,
          submittedAt: now(),
        });
        await repo.updateSubmission(tx, actor.organizationId, id, { status: 'submitted', attemptCount: number });
        for (const userId of await repo.reviewers(tx, actor.organizationId))
          if (userId !== actor.userId)
            await notify(tx, {
              organizationId: actor.organizationId,
              userId,
              kind: 'credential.submitted',
              params: { teacherName: actor.name, title: pick(mc.title, actor.locale) },
              link: `/credentials/submissions/${id}`,
              dedupeKey: `credential.submitted:${id}:${number}:${userId}`,
            });
      });
      return present(actor, id);
    },

    /** Scores every criterion: earned (and issued) when each meets its pass level, else "not yet". */
    async review(actor: Actor, id: string, body: z.infer<typeof ReviewBody>) {
      const detail = await readable(actor, id);
      authorize(policy.isReviewer(actor) && !policy.isOwner(actor, detail.submission));
      const mc = detail.microCredential;
      const result = decide(mc.rubric, body.scores);
      if (!result.ok)
        throw unprocessable(
          'Score every criterion once, with one of its levels.',
          result.problems.map((p) => ({ path: `scores.${p.criterionId}`, message: SCORE_PROBLEMS[p.problem] })),
        );
      const feedbackOf = new Map(body.scores.map((s) => [s.criterionId, s.feedback]));
      // Read before the transaction: a reader on `db` inside it would wait for the transaction's own connection.
      const practice = mc.practiceId ? await practiceTitle(actor.organizationId, mc.practiceId) : null;
      await db.transaction(async (tx: Tx) => {
        const locked = found(await repo.lock(tx, actor.organizationId, id));
        if (locked.status !== 'submitted') throw conflict('There is nothing waiting for review.');
        const decidedAt = now();
        await repo.decideAttempt(tx, actor.organizationId, id, locked.attemptCount, {
          reviewerId: actor.userId,
          scores: result.results.map((r) => ({ ...r, feedback: feedbackOf.get(r.criterionId) ?? '' })),
          feedback: body.feedback,
          decision: result.decision,
          decidedAt,
        });
        await repo.updateSubmission(tx, actor.organizationId, id, { status: result.decision });
        if (result.decision === 'earned')
          await issuer.issue(tx, {
            organizationId: actor.organizationId,
            submissionId: id,
            earner: { id: locked.teacherId, name: detail.teacherName },
            microCredential: mc,
            practice,
            validFrom: decidedAt,
          });
        await notify(tx, {
          organizationId: actor.organizationId,
          userId: locked.teacherId,
          kind: 'credential.decided',
          params: { reviewerName: actor.name, title: pick(mc.title, actor.locale), decision: result.decision },
          link: `/credentials/submissions/${id}`,
          dedupeKey: `credential.decided:${id}:${locked.attemptCount}`,
        });
      });
      return present(actor, id);
    },

    /** Start-up step of a secret rotation (see issue.ts). */
    resealIssuerKeys: issuer.resealUnderCurrentSecret,
    issuerProfile: issuer.profile,
    publicCredential: issuer.publicCredential,
  };
}
export type CredentialsService = ReturnType<typeof createCredentialsService>;

function snapshotBase(item: EvidenceItem, actor: Actor, at: string) {
  return {
    requirementId: item.requirementId,
    type: item.type,
    ownerId: actor.userId,
    artefactDate: null,
    snapshotAt: at,
  };
}
