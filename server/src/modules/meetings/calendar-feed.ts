import { createHash, randomBytes } from 'node:crypto';
import ical from 'ical-generator';
import type { Locale } from '#core/domain/roles';
import { localized } from '#core/protocols/schema';
import type { MeetingRow } from './meetings.repo';

/*
 * iCalendar subscriptions (RFC 5545). Calendar apps cannot send a cookie, so the URL carries a
 * secret token (256 bits, as identity/secret-tokens.ts makes them); only its hash is stored.
 */
export const newFeedToken = () => `cal_${randomBytes(32).toString('base64url')}`;
export const hashFeedToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/** A feed: one VEVENT per meeting, with a UID that stays the same however often the feed is read. */
export function renderFeed(input: {
  name: string;
  publicUrl: string;
  locale: Locale;
  meetings: { meeting: MeetingRow; teamName: string }[];
}) {
  const calendar = ical({ name: input.name, prodId: { company: 'Conecta', product: 'meetings', language: 'EN' } });
  for (const { meeting, teamName } of input.meetings) {
    const start = meeting.startedAt ?? meeting.scheduledAt;
    const end = meeting.endedAt ?? new Date(start.getTime() + meeting.durationMinutes * 60_000);
    calendar.createEvent({
      id: `meeting-${meeting.id}@conecta`,
      start,
      end,
      stamp: meeting.updatedAt,
      lastModified: meeting.updatedAt,
      summary: `${meeting.title} — ${teamName}`,
      description: localized(meeting.protocolName, input.locale),
      url: `${input.publicUrl}/meetings/${meeting.id}`,
    });
  }
  return calendar.toString();
}
