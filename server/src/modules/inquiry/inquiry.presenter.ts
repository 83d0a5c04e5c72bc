import type { Inquiry, InquiryLink, InquirySummary } from '#core/contracts/inquiry';
import { utcDay } from '#core/domain/calendar';
import { isStale } from '#core/inquiry/index';
import type { InquiryLinkRow, InquiryListRow } from './inquiry.repo';

export type ShownArtefact = { title: string | null; date: string; planId: string | null };

export function presentSummary(row: InquiryListRow, now: Date = new Date()): InquirySummary {
  const { inquiry } = row;
  return {
    id: inquiry.id,
    question: inquiry.question,
    stage: inquiry.stage,
    team: inquiry.teamId && row.teamName !== null ? { id: inquiry.teamId, name: row.teamName } : null,
    owner: { id: inquiry.ownerId, name: row.ownerName },
    stale: isStale(utcDay(inquiry.createdAt), utcDay(now), inquiry.closedAt !== null),
    closedAt: inquiry.closedAt?.toISOString() ?? null,
    createdAt: inquiry.createdAt.toISOString(),
    updatedAt: inquiry.updatedAt.toISOString(),
  };
}

export function presentLink(link: InquiryLinkRow, shown: ShownArtefact): InquiryLink {
  return {
    id: link.id,
    kind: link.kind,
    targetId: link.targetId,
    title: shown.title,
    date: shown.date,
    planId: shown.planId,
    createdBy: link.createdBy,
    createdAt: link.createdAt.toISOString(),
  };
}

export function presentInquiry(
  row: InquiryListRow,
  extra: { focusPractice: { id: string; title: string } | null; links: InquiryLink[] },
): Inquiry {
  const { inquiry } = row;
  return {
    ...presentSummary(row),
    focusPractice: extra.focusPractice,
    prediction: inquiry.prediction,
    evidence: inquiry.evidence,
    result: inquiry.result,
    reflection: inquiry.reflection,
    summary: inquiry.summary,
    links: extra.links,
  };
}
