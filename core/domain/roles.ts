/** The five roles of PRODUCT.md. A person may hold several, each scoped to an organization and optionally a school. */
export const ROLES = ['teacher', 'coach', 'school_leader', 'district_admin', 'facilitator'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that only make sense inside one school; the others span the organization. */
export const SCHOOL_SCOPED_ROLES: ReadonlySet<Role> = new Set(['teacher', 'coach', 'school_leader']);

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

export const ORGANIZATION_KINDS = ['district', 'network', 'ministry_region'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const USER_STATUSES = ['invited', 'active', 'deactivated'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export const TEAM_MEMBER_ROLES = ['member', 'lead'] as const;
export type TeamMemberRole = (typeof TEAM_MEMBER_ROLES)[number];
