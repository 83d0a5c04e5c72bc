import type { Attempt, MicroCredential, Submission, SubmissionSummary } from '#core/contracts/credentials';
import type { LocalizedText } from '#core/contracts/frameworks';
import type { Locale } from '#core/domain/roles';
import type { AttemptRow, MicroCredentialRow, SubmissionRow } from './credentials.repo';

/** The reader's language, else the other one: district text may be written in only one. */
export const pick = (text: LocalizedText, locale: Locale) => text[locale] ?? text.en ?? text.es ?? '';

export function presentMicroCredential(row: MicroCredentialRow, locale: Locale): MicroCredential {
  return {
    id: row.id,
    title: pick(row.title, locale),
    description: pick(row.description, locale),
    competency: pick(row.competency, locale),
    keyMethod: pick(row.keyMethod, locale),
    practiceId: row.practiceId,
    requirements: row.requirements.map((r) => ({
      id: r.id,
      kind: r.kind,
      prompt: pick(r.prompt, locale),
      count: r.count,
    })),
    rubric: row.rubric.map((c) => ({
      id: c.id,
      name: pick(c.name, locale),
      levels: c.levels.map((level) => pick(level, locale)),
      passLevel: c.passLevel,
    })),
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentAttempt(row: AttemptRow, reviewerName: string | null): Attempt {
  return {
    number: row.number,
    submittedAt: row.submittedAt.toISOString(),
    evidence: row.evidence,
    reflections: row.reflections,
    decision: row.decision ?? null,
    reviewerName: row.decision ? reviewerName : null,
    scores: row.scores ?? null,
    feedback: row.feedback ?? null,
    decidedAt: row.decidedAt?.toISOString() ?? null,
  };
}

type Detail = { submission: SubmissionRow; microCredential: MicroCredentialRow; teacherName: string };

/** The draft leaves the server only for its teacher: reviewers read what was submitted. */
export function presentSubmission(
  detail: Detail,
  attempts: { attempt: AttemptRow; reviewerName: string | null }[],
  view: { locale: Locale; isOwner: boolean; canReview: boolean; credentialId: string | null },
): Submission {
  const { submission } = detail;
  return {
    id: submission.id,
    microCredential: presentMicroCredential(detail.microCredential, view.locale),
    teacher: { id: submission.teacherId, name: detail.teacherName },
    status: submission.status,
    draft: view.isOwner ? submission.draft : null,
    attempts: attempts.map((a) => presentAttempt(a.attempt, a.reviewerName)),
    credentialId: view.credentialId,
    updatedAt: submission.updatedAt.toISOString(),
    canReview: view.canReview,
  };
}

export function presentSummary(detail: Detail, locale: Locale, credentialId: string | null = null): SubmissionSummary {
  return {
    id: detail.submission.id,
    microCredentialId: detail.microCredential.id,
    title: pick(detail.microCredential.title, locale),
    teacherName: detail.teacherName,
    status: detail.submission.status,
    attempts: detail.submission.attemptCount,
    credentialId,
    updatedAt: detail.submission.updatedAt.toISOString(),
  };
}
