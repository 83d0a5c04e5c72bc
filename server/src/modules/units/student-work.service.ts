import { randomUUID } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import type { z } from 'zod';
import {
  type ScoreBody,
  STUDENT_WORK_TYPES,
  type StudentWorkListQuery,
  type StudentWorkType,
  UploadFields,
} from '#core/contracts/units';
import type { Db, Executor } from '../../db/client';
import type { Actor } from '../../platform/actor';
import { authorize, found } from '../../platform/authz';
import { unprocessable } from '../../platform/http/problem';
import { type ReadUpload, unsupportedType } from '../../platform/http/upload';
import { isId } from '../../platform/ids';
import { decodeCursor, toPage } from '../../platform/pagination';
import type { Storage } from '../../platform/storage';
import { unitsPolicy as policy } from './units.policy';
import { presentSample, presentSampleDetail } from './units.presenter';
import { unitsRepo as repo, type SampleRow } from './units.repo';

type Deps = {
  db: Db;
  storage: Storage;
  /** The team a meeting belongs to, or null (meetings' meetingTeamFrom, injected). */
  meetingTeam: (executor: Executor, organizationId: string, meetingId: string) => Promise<string | null>;
};
const isAllowedType = (mime: string): mime is StudentWorkType =>
  (STUDENT_WORK_TYPES as readonly string[]).includes(mime);

/** A file name a person recognises, without paths or control characters. */
const cleanName = (name: string) =>
  (name.split(/[\\/]/).pop() ?? '')
    .replace(/[\p{Cc}"]/gu, '')
    .trim()
    .slice(0, 120) || 'student-work';

/** Student work samples: upload, gallery, download, scoring against success criteria. */
export function createStudentWorkService({ db, storage, meetingTeam }: Deps) {
  /** A sample is uploaded or scored in a meeting of its own team only. */
  const isTeamMeeting = async (actor: Actor, teamId: string, meetingId: string) =>
    isId(meetingId) && (await meetingTeam(db, actor.organizationId, meetingId)) === teamId;

  const member = (actor: Actor, teamId: string) => repo.isTeamMember(db, actor.organizationId, teamId, actor.userId);

  async function readable(actor: Actor, sampleId: string, executor: Executor = db): Promise<SampleRow> {
    const sample = await repo.findSample(executor, actor.organizationId, sampleId);
    const isMember = sample !== null && (await member(actor, sample.teamId));
    authorize(sample !== null && policy.canUseTeamContent({ member: isMember }), 'hide');
    return sample;
  }

  return {
    readable,

    async upload(actor: Actor, teamId: string, read: ReadUpload) {
      // Authorization before a byte of the file is read.
      authorize(policy.canUseTeamContent({ member: await member(actor, teamId) }), 'hide');
      const upload = await read();
      const parsed = UploadFields.safeParse(upload.fields);
      if (!parsed.success)
        throw unprocessable(
          'Check the upload form.',
          parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
        );
      const fields = parsed.data;
      if (fields.unitId) {
        const unit = isId(fields.unitId) ? await repo.findUnit(db, actor.organizationId, fields.unitId) : null;
        if (unit?.teamId !== teamId)
          throw unprocessable('Link a unit of this team.', [{ path: 'unitId', message: 'Not a unit of this team.' }]);
      }
      if (fields.meetingId && !(await isTeamMeeting(actor, teamId, fields.meetingId)))
        throw unprocessable('Link a meeting of this team.', [{ path: 'meetingId', message: 'Not a meeting.' }]);
      // The declared type is the client's word; the bytes are the file's.
      const sniffed = await fileTypeFromBuffer(upload.data);
      if (!sniffed || !isAllowedType(sniffed.mime))
        throw unsupportedType('Upload a PNG, JPEG or WebP image, or a PDF.');
      const storageKey = `${actor.organizationId}/student-work/${randomUUID()}`;
      await storage.put(storageKey, upload.data, sniffed.mime);
      try {
        const row = await repo.addSample(db, {
          organizationId: actor.organizationId,
          teamId,
          unitId: fields.unitId ?? null,
          meetingId: fields.meetingId ?? null,
          title: fields.title,
          successCriteria: fields.successCriteria,
          storageKey,
          contentType: sniffed.mime,
          byteSize: upload.data.length,
          fileName: cleanName(upload.fileName),
          uploadedBy: actor.userId,
        });
        return presentSample({ ...row, uploaderName: actor.name });
      } catch (error) {
        await storage.delete(storageKey).catch(() => undefined);
        throw error;
      }
    },

    async list(actor: Actor, query: z.infer<typeof StudentWorkListQuery>) {
      const after = decodeCursor(query.cursor, ['timestamp', 'id']);
      const rows = await repo.listSamples(
        db,
        actor.organizationId,
        actor.userId,
        { teamId: query.teamId, unitId: query.unitId },
        query.limit,
        after,
      );
      return toPage(rows, query.limit, (r) => [r.createdAt.toISOString(), r.id], presentSample);
    },

    async get(actor: Actor, sampleId: string) {
      const sample = await readable(actor, sampleId);
      return presentSampleDetail(sample, await repo.scores(db, actor.organizationId, sampleId), actor.userId);
    },

    /** The file, for the team only; the route streams it. */
    async download(actor: Actor, sampleId: string) {
      const sample = await readable(actor, sampleId);
      const object = found(await storage.get(sample.storageKey));
      return { ...object, contentType: sample.contentType, fileName: sample.fileName };
    },

    async remove(actor: Actor, sampleId: string) {
      const sample = await readable(actor, sampleId);
      authorize(policy.canDeleteSample(actor, sample));
      await db.transaction((tx) => repo.deleteSample(tx, actor.organizationId, sampleId));
      await storage.delete(sample.storageKey);
    },

    /** The caller's levels for the sample (replacing their earlier ones), and the team's summary. */
    async score(actor: Actor, sampleId: string, body: z.infer<typeof ScoreBody>) {
      const sample = await readable(actor, sampleId);
      const criteria = body.scores.map((s) => s.criterion);
      const errors = criteria.flatMap((criterion, i) =>
        !sample.successCriteria.includes(criterion)
          ? [{ path: `scores.${i}.criterion`, message: 'Not a success criterion of this sample.' }]
          : criteria.indexOf(criterion) !== i
            ? [{ path: `scores.${i}.criterion`, message: 'Score each criterion once.' }]
            : [],
      );
      if (body.meetingId && !(await isTeamMeeting(actor, sample.teamId, body.meetingId)))
        errors.push({ path: 'meetingId', message: 'Not a meeting of this team.' });
      if (errors.length > 0) throw unprocessable('Score the sample against its own success criteria.', errors);
      await repo.upsertScores(db, {
        organizationId: actor.organizationId,
        sampleId,
        scorerId: actor.userId,
        meetingId: body.meetingId ?? null,
        scores: body.scores.map((s) => ({ criterion: s.criterion, level: s.level, note: s.note || null })),
      });
      return presentSampleDetail(sample, await repo.scores(db, actor.organizationId, sampleId), actor.userId);
    },
  };
}
export type StudentWorkService = ReturnType<typeof createStudentWorkService>;
