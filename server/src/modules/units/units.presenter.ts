import type { Comment, StudentWorkDetail, StudentWorkSample, Unit } from '#core/contracts/units';
import { summarizeScores } from '#core/units/index';
import type { CommentRow, Person, SampleRow, ScoreRow, UnitRow } from './units.repo';

export const presentUnit = (row: UnitRow): Unit => ({
  id: row.id,
  teamId: row.teamId,
  teamName: row.teamName,
  title: row.title,
  standards: row.standards,
  bigIdeas: row.bigIdeas,
  assessments: row.assessments,
  sequence: row.sequence,
  curriculumSource: row.curriculumSource,
  version: row.version,
  createdBy: row.createdBy,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** Mentions by name; someone no longer in the tenant's people is left out. */
export const presentComment = (row: CommentRow, people: Map<string, string>): Comment => ({
  id: row.id,
  targetType: row.targetType,
  targetId: row.targetId,
  section: row.section,
  body: row.body,
  author: { id: row.authorId, name: row.authorName },
  mentions: row.mentionIds.flatMap((id) => (people.has(id) ? [{ id, name: people.get(id)! }] : [])),
  createdAt: row.createdAt.toISOString(),
});

/** The storage key never leaves the server. */
export const presentSample = (row: SampleRow): StudentWorkSample => ({
  id: row.id,
  teamId: row.teamId,
  unitId: row.unitId,
  meetingId: row.meetingId,
  title: row.title,
  successCriteria: row.successCriteria,
  contentType: row.contentType,
  byteSize: row.byteSize,
  fileName: row.fileName,
  uploadedBy: { id: row.uploadedBy, name: row.uploaderName },
  createdAt: row.createdAt.toISOString(),
});

/** Who gave which level stays private to each scorer: the team sees the spread, and its own scores. */
export const presentSampleDetail = (row: SampleRow, scores: ScoreRow[], viewerId: string): StudentWorkDetail => ({
  ...presentSample(row),
  summary: summarizeScores(
    row.successCriteria,
    scores.map((s) => s.scores),
  ),
  scorers: scores.length,
  myScores: (scores.find((s) => s.scorerId === viewerId)?.scores ?? []).map((s) => ({
    criterion: s.criterion,
    level: s.level,
    note: s.note,
  })),
});

export const peopleById = (people: Person[]) => new Map(people.map((p) => [p.id, p.name]));
