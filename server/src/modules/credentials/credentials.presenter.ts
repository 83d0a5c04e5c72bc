import type {
  Attempt,
  IssuedSummary,
  MicroCredential,
  MicroCredentialSource,
  Submission,
  SubmissionSummary,
} from '#core/contracts/credentials';
import type { LocalizedText } from '#core/contracts/frameworks';
import type { Locale } from '#core/domain/roles';
import type { AttemptRow, IssuedRow, MicroCredentialRow, SubmissionRow } from './credentials.repo';

/** The reader's language, else the other one: district text may be written in only one. */
export const pick = (text: LocalizedText, locale: Locale) => text[locale] ?? text.en ?? text.es ?? '';

export function presentMicroCredential(row: MicroCredentialRow, locale: Locale, editable = false): MicroCredential {
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
    archivedAt: row.archivedAt?.toISOString() ?? null,
    editable,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Both languages as authored, for its editor; never for teachers (they read presentMicroCredential). */
export function presentSource(row: MicroCredentialRow, contentEditable: boolean): MicroCredentialSource {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    competency: row.competency,
    keyMethod: row.keyMethod,
    practiceId: row.practiceId,
    requirements: row.requirements,
    rubric: row.rubric,
    archivedAt: row.archivedAt?.toISOString() ?? null,
    contentEditable,
  };
}

/** For the district's admins only: the reason stays inside the district. */
export function presentIssued(
  row: { issued: IssuedRow; earnerName: string; title: LocalizedText },
  locale: Locale,
): IssuedSummary {
  return {
    id: row.issued.id,
    earnerName: row.earnerName,
    title: pick(row.title, locale),
    issuedAt: row.issued.issuedAt.toISOString(),
    revokedAt: row.issued.revokedAt?.toISOString() ?? null,
    revocationReason: row.issued.revocationReason ?? null,
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
  view: {
    locale: Locale;
    isOwner: boolean;
    canReview: boolean;
    credentialId: string | null;
    credentialRevokedAt: Date | null;
  },
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
    credentialRevokedAt: view.credentialRevokedAt?.toISOString() ?? null,
    updatedAt: submission.updatedAt.toISOString(),
    canReview: view.canReview,
  };
}

export function presentSummary(
  detail: Detail,
  locale: Locale,
  issued: { id: string; revokedAt: Date | null } | null = null,
): SubmissionSummary {
  return {
    id: detail.submission.id,
    microCredentialId: detail.microCredential.id,
    title: pick(detail.microCredential.title, locale),
    teacherName: detail.teacherName,
    status: detail.submission.status,
    attempts: detail.submission.attemptCount,
    credentialId: issued?.id ?? null,
    credentialRevokedAt: issued?.revokedAt?.toISOString() ?? null,
    updatedAt: detail.submission.updatedAt.toISOString(),
  };
}
