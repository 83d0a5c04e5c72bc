import { z } from 'zod';
import { Id, Timestamp } from './common';

/*
 * Peers to learn from (issue 6, adr/0009): two consents. A teacher or coach publishes an offer
 * ("colleagues in my district may ask to learn from me"), and each request to them is answered by
 * them; email addresses are shown to both people only once a request is accepted.
 */

/**
 * The practices an offer may name: the starter library's card practice tags (the 13 of
 * web/src/locales/<lang>/library.json "practices"). peer-learning.unit.test.ts keeps this list equal
 * to the tags the starter cards use.
 */
export const PEER_PRACTICE_TAGS = [
  'checks-for-understanding',
  'closure',
  'feedback',
  'misconceptions',
  'modelling',
  'objectives',
  'pacing',
  'planning',
  'questioning',
  'reflection',
  'review',
  'student-talk',
  'supports',
] as const;
export type PeerPracticeTag = (typeof PEER_PRACTICE_TAGS)[number];

export const PEER_OFFER_NOTE_MAX = 500;
export const PEER_REQUEST_MESSAGE_MAX = 1000;
/** How many requests one person may have waiting for an answer at once. */
export const PEER_PENDING_MAX = 5;
/** After a colleague declines, they are neither suggested to nor askable by that person for this long. */
export const PEER_DECLINE_QUIET_DAYS = 90;
export const PEER_REQUEST_STATUSES = ['pending', 'accepted', 'declined', 'withdrawn'] as const;
export type PeerRequestStatus = (typeof PEER_REQUEST_STATUSES)[number];

/** PostgreSQL text cannot hold NUL characters: refuse them as bad input rather than fail on them. */
const NoNul = z
  .string()
  .refine((text) => !text.includes('\u0000'), { message: 'Remove the NUL characters from the text.' });

const PracticeTag = z.enum(PEER_PRACTICE_TAGS);

export const PeerOfferBody = z.object({
  /** 1–5 practices, each once. */
  practiceTags: z
    .array(PracticeTag)
    .min(1, 'Choose at least one practice.')
    .max(5, 'Choose at most five practices.')
    .refine((tags) => new Set(tags).size === tags.length, { message: 'Name each practice once.' }),
  note: NoNul.trim()
    .max(PEER_OFFER_NOTE_MAX, 'Keep the note under 500 characters.')
    .nullable()
    .optional()
    .describe('What colleagues may like to know, e.g. "Happy to have visitors in 3rd period".'),
  /** Listed while true; false withdraws the offer (kept for editing later). */
  open: z.boolean(),
});
export type PeerOfferBody = z.infer<typeof PeerOfferBody>;

export const PeerOffer = z.object({
  practiceTags: z.array(z.string()),
  note: z.string().nullable(),
  open: z.boolean(),
  updatedAt: Timestamp,
});
export type PeerOffer = z.infer<typeof PeerOffer>;

/** The caller's own offer, or null when they never published one. */
export const PeerOfferResponse = z.object({ offer: PeerOffer.nullable() });
export type PeerOfferResponse = z.infer<typeof PeerOfferResponse>;

export const PeerRequestBody = z.object({
  /** The colleague's user id (a recommendation's id). */
  toUserId: Id,
  /** One of the practices their offer names. */
  practiceTag: PracticeTag,
  message: NoNul.trim()
    .min(1, 'Write a short message.')
    .max(PEER_REQUEST_MESSAGE_MAX, 'Keep the message under 1,000 characters.'),
});
export type PeerRequestBody = z.infer<typeof PeerRequestBody>;

export const PeerRequest = z.object({
  id: Id,
  /** Incoming: someone asked the caller; outgoing: the caller asked. */
  direction: z.enum(['incoming', 'outgoing']),
  /** The other person. Their email only once the request is accepted. */
  person: z.object({ id: Id, name: z.string(), email: z.string().nullable() }),
  practiceTag: z.string(),
  message: z.string(),
  /** Declined says no more: never a reason. */
  status: z.enum(PEER_REQUEST_STATUSES),
  createdAt: Timestamp,
  answeredAt: Timestamp.nullable(),
});
export type PeerRequest = z.infer<typeof PeerRequest>;

/** The caller's requests, newest first: those to them and those they sent. */
export const PeerRequestList = z.object({ incoming: z.array(PeerRequest), outgoing: z.array(PeerRequest) });
export type PeerRequestList = z.infer<typeof PeerRequestList>;
