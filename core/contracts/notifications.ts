import { z } from 'zod';
import { Id, Timestamp } from './common';

/*
 * Notifications (issue 4): in the app for everyone, and by email as each person chooses — at once,
 * in one daily digest, or never. A notification is stored once per cause (its dedupe key), so a
 * repeated event or a job that runs twice never tells anyone twice.
 */

/**
 * What happened. Every kind has a sentence in the web app (locales/<lang>/notifications.json,
 * `kinds.<kind>`) and in the server's mail catalog (notifications.mail.ts); add all three together.
 */
export const NOTIFICATION_KINDS = [
  /** To the teacher: a visit to their classroom was scheduled. */
  'observation.scheduled',
  /** To the teacher: the observer shared feedback. */
  'observation.feedback-shared',
  /** To the observer: the teacher responded to the feedback. */
  'observation.teacher-responded',
  /** To the observer: a follow-up is due within two days. */
  'observation.follow-up-due',
  /** To the observer: a follow-up date passed without a follow-up. */
  'observation.follow-up-overdue',
  /** To the school's teachers: a learning walk closed; what was seen across the school is ready. */
  'walk.closed',
  /** To a team member: a meeting gave them an action item (what, by when). */
  'meeting.action-item-assigned',
  /** To a teammate: someone @mentioned them in a comment on a plan or unit. */
  'comment.mention',
  /** To an inquiry's owner: it has been open more than three weeks (small, fast tests). */
  'inquiry.stale',
  /** To a thread's followers: someone replied in a community thread they follow. */
  'community.reply',
  /** To the district's reviewers: a teacher submitted (or resubmitted) a micro-credential. */
  'credential.submitted',
  /** To the teacher: a reviewer decided their micro-credential (earned, or not yet with feedback). */
  'credential.decided',
  /** To the teacher: the district revoked their issued badge (the reason is not sent). */
  'credential.revoked',
  /** To a teacher or coach, Monday morning: this week's three strategy cards, with why (recommendations). */
  'recommendations.weekly',
  /** To a teacher or coach with an open offer: a colleague asked to learn from them (peer-learning). */
  'peer-request.received',
  /** To the asker: the colleague accepted; both now see each other's email (a decline sends nothing). */
  'peer-request.accepted',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** How someone wants notification email: each one at once, one email a day, or none (the app still shows them). */
export const EMAIL_PREFERENCES = ['immediate', 'daily-digest', 'off'] as const;
export type EmailPreference = (typeof EMAIL_PREFERENCES)[number];

/** Plain values the sentences interpolate (names, dates); written when the notification is made. */
export const NotificationParams = z.record(z.string(), z.union([z.string(), z.number(), z.null()]));
export type NotificationParams = z.infer<typeof NotificationParams>;

export const Notification = z.object({
  id: Id,
  kind: z.enum(NOTIFICATION_KINDS),
  params: NotificationParams,
  /** A path in the web app (starting with `/`), or null when there is nothing to open. */
  link: z.string().nullable(),
  readAt: Timestamp.nullable(),
  createdAt: Timestamp,
});
export type Notification = z.infer<typeof Notification>;

export const NotificationListQuery = z.object({
  unread: z.stringbool().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

/** A page of the caller's notifications, newest first, with how many of all of them are unread. */
export const NotificationPage = z.object({
  items: z.array(Notification),
  nextCursor: z.string().nullable(),
  unreadCount: z.number().int(),
});
export type NotificationPage = z.infer<typeof NotificationPage>;

export const UnreadCount = z.object({ unreadCount: z.number().int() });

export const NotificationPreferences = z.object({
  email: z.enum(EMAIL_PREFERENCES),
});
export type NotificationPreferences = z.infer<typeof NotificationPreferences>;

export const NotificationPreferencesBody = NotificationPreferences;

/** The daily digest goes out at this hour, UTC (early morning in the Americas, before school). */
export const DIGEST_HOUR_UTC = 11;
