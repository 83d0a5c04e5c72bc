import type { z } from 'zod';
import type { Membership, Organization, School, Team, TeamMember, User } from '#core/contracts/organizations';

export type OrganizationDto = z.infer<typeof Organization>;
export type SchoolDto = z.infer<typeof School>;
export type UserDto = z.infer<typeof User>;
export type MembershipDto = z.infer<typeof Membership>;
export type TeamDto = z.infer<typeof Team>;
export type TeamMemberDto = z.infer<typeof TeamMember>;
