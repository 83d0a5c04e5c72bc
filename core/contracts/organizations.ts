import { z } from 'zod';
import { ORGANIZATION_KINDS, SCHOOL_SCOPED_ROLES, TEAM_MEMBER_ROLES, USER_STATUSES } from '../domain/roles';
import { Email, Id, LocaleSchema, Name, Timestamp } from './common';
import { RoleSchema } from './session';

export const Organization = z.object({
  id: Id,
  name: z.string(),
  kind: z.enum(ORGANIZATION_KINDS),
  defaultLocale: LocaleSchema,
  /** Whether school leaders may make evaluative observations (labelled, with ratings kept apart). */
  evaluativeObservations: z.boolean(),
  /** ISO 3166-1 alpha-2, shown beside the district's schools in cross-district communities. */
  country: z.string().nullable(),
});

/** District settings a district admin changes. */
export const OrganizationSettingsBody = z
  .object({
    evaluativeObservations: z.boolean(),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'Use a two-letter country code, such as CL or US.')
      .nullable(),
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, { message: 'Send at least one setting.' });

export const School = z.object({ id: Id, name: z.string(), createdAt: Timestamp });
export const SchoolBody = z.object({ name: Name });

export const Membership = z.object({
  id: Id,
  role: RoleSchema,
  schoolId: Id.nullable(),
  schoolName: z.string().nullable(),
});

export const RoleAssignment = z
  .object({ role: RoleSchema, schoolId: Id.nullable().default(null) })
  .refine((value) => !SCHOOL_SCOPED_ROLES.has(value.role) || value.schoolId !== null, {
    message: 'Teachers, coaches and school leaders belong to a school: choose one.',
    path: ['schoolId'],
  });

export const User = z.object({
  id: Id,
  name: z.string(),
  email: z.string(),
  locale: LocaleSchema,
  status: z.enum(USER_STATUSES),
  roles: z.array(Membership),
  createdAt: Timestamp,
});

export const UserListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
  q: z.string().trim().max(200).optional(),
  role: RoleSchema.optional(),
  schoolId: Id.optional(),
  status: z.enum(USER_STATUSES).optional(),
});

export const InviteUserBody = z.object({
  email: Email,
  name: Name,
  locale: LocaleSchema.optional(),
  roles: z.array(RoleAssignment).min(1, 'Give the person at least one role.').max(10),
});

export const TeamMember = z.object({ userId: Id, name: z.string(), role: z.enum(TEAM_MEMBER_ROLES) });
/** Teams that share content (same course), share students (same grade), or specialists (issue 5). */
export const TEAM_TYPES = ['shared-content', 'shared-students', 'specialized'] as const;
export type TeamType = (typeof TEAM_TYPES)[number];
/** When the team usually meets: an ISO weekday (1 = Monday), a local start time and a length. */
export const TeamCadence = z.object({
  weekday: z.number().int().min(1).max(7),
  startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a 24-hour time such as 15:30.'),
  minutes: z.number().int().min(5).max(480),
});
export type TeamCadence = z.infer<typeof TeamCadence>;
export const Team = z.object({
  id: Id,
  name: z.string(),
  schoolId: Id.nullable().describe('null for a cross-school team'),
  members: z.array(TeamMember),
  createdAt: Timestamp,
  type: z.enum(TEAM_TYPES),
  cadence: TeamCadence.nullable(),
});
export const TeamBody = z.object({
  name: Name,
  schoolId: Id.nullable().default(null),
  type: z.enum(TEAM_TYPES).default('shared-content'),
  cadence: TeamCadence.nullable().default(null),
});
/** What a team's manager (or its lead) may change afterwards. */
export const UpdateTeamBody = z
  .object({ name: Name, type: z.enum(TEAM_TYPES), cadence: TeamCadence.nullable() })
  .partial()
  .refine((body) => Object.keys(body).length > 0, { message: 'Send at least one field.' });
export const TeamMemberBody = z.object({ userId: Id, role: z.enum(TEAM_MEMBER_ROLES).default('member') });
export const TeamMemberParams = z.object({ id: Id, userId: Id });

export const AuditEvent = z.object({
  id: Id,
  action: z.string(),
  actorId: Id.nullable(),
  actorName: z.string().nullable(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  ip: z.string().nullable(),
  createdAt: Timestamp,
});

export const OutboxMessage = z.object({
  id: Id,
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  createdAt: Timestamp,
  sentAt: Timestamp.nullable(),
  error: z.string().nullable(),
});
