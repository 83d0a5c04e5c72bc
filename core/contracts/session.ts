import { z } from 'zod';
import { ROLES } from '../domain/roles';
import { Email, Id, LocaleSchema, Name, Password, Timestamp } from './common';

export const RoleSchema = z.enum(ROLES);

export const MeRole = z.object({
  role: RoleSchema,
  organizationId: Id,
  schoolId: Id.nullable(),
});

export const Me = z.object({
  id: Id,
  name: z.string(),
  email: z.string(),
  locale: LocaleSchema,
  roles: z.array(MeRole),
  organization: z.object({ id: Id, name: z.string() }),
});
export type Me = z.infer<typeof Me>;

export const LoginBody = z.object({ email: Email, password: z.string().min(1).max(200) });
export const LoginResult = z.object({ user: Me });

export const UpdateMeBody = z
  .object({ name: Name.optional(), locale: LocaleSchema.optional() })
  .refine((body) => body.name !== undefined || body.locale !== undefined, {
    message: 'Send at least one of name or locale.',
  });

export const ChangePasswordBody = z.object({ currentPassword: z.string().min(1).max(200), newPassword: Password });

export const PasswordResetRequestBody = z.object({ email: Email });
export const PasswordResetConfirmBody = z.object({ token: z.string().min(10).max(200), password: Password });

export const InvitationPreview = z.object({
  email: z.string(),
  name: z.string(),
  organizationName: z.string(),
  expiresAt: Timestamp,
});
export const AcceptInvitationBody = z.object({
  token: z.string().min(10).max(200),
  password: Password,
  name: Name.optional(),
});

export const AccessToken = z.object({
  id: Id,
  name: z.string(),
  prefix: z.string().describe('The first characters of the token, to recognise it.'),
  createdAt: Timestamp,
  lastUsedAt: Timestamp.nullable(),
});
export const CreateAccessTokenBody = z.object({ name: Name });
export const CreatedAccessToken = AccessToken.extend({
  token: z.string().describe('Shown once; only a hash is kept.'),
});
