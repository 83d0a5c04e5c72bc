import type { z } from 'zod';
import type {
  AcceptInvitationBody,
  ChangePasswordBody,
  LoginBody,
  PasswordResetConfirmBody,
  UpdateMeBody,
} from '#core/contracts/session';
import type { Db, Executor } from '../../db/client';
import type { Actor, RequestContext } from '../../platform/actor';
import { authorize, found } from '../../platform/authz';
import { badRequest, notFound, tooManyRequests, unauthorized } from '../../platform/http/problem';
import { auditRepo } from '../audit';
import type { NotificationsService } from '../notifications';
import { identityMail } from './identity.mail';
import { presentAccessToken, presentMe } from './identity.presenter';
import { identityRepo, type PrincipalRow } from './identity.repo';
import { decoyHash, hashPassword, verifyPassword } from './passwords';
import { ACCESS_TOKEN_PREFIX, hashToken, newSecretToken } from './secret-tokens';
import {
  expiryFrom,
  INVITATION_TTL_MS,
  LOGIN_FAILURE_LIMIT,
  LOGIN_FAILURE_WINDOW_MINUTES,
  PASSWORD_RESET_TTL_MS,
  PASSWORD_RESETS_PER_HOUR,
  SESSION_TOUCH_AFTER_MS,
} from './sessions';

type Deps = { db: Db; notifications: NotificationsService; publicUrl: string };

const WRONG_CREDENTIALS = 'The email or password is not right.';

export function toActor(row: PrincipalRow, via: Actor['via'], context: RequestContext): Actor {
  return { ...row, via, context };
}

export function createIdentityService({ db, notifications, publicUrl }: Deps) {
  async function startSession(tx: Executor, principal: PrincipalRow, context: RequestContext) {
    const token = newSecretToken();
    await identityRepo.createSession(tx, {
      id: hashToken(token),
      organizationId: principal.organizationId,
      userId: principal.userId,
      expiresAt: expiryFrom(Date.now()),
      ip: context.ip,
      userAgent: context.userAgent?.slice(0, 300) ?? null,
    });
    return token;
  }

  return {
    /**
     * Same answer and about the same time whether or not the email exists: an unknown email is
     * checked against a decoy hash and counts toward the same limit.
     */
    async login(context: RequestContext, body: z.infer<typeof LoginBody>, previousSessionToken: string | null) {
      const ip = context.ip ?? 'unknown';
      const failures = await identityRepo.countRecentFailures(db, body.email, ip, LOGIN_FAILURE_WINDOW_MINUTES);
      if (failures >= LOGIN_FAILURE_LIMIT) {
        throw tooManyRequests(
          'Too many failed attempts. Wait 15 minutes, or reset your password.',
          LOGIN_FAILURE_WINDOW_MINUTES * 60,
        );
      }
      const user = await identityRepo.findUserByEmail(db, body.email);
      const usable = user !== null && user.status === 'active' && user.passwordHash !== null;
      const matches = await verifyPassword(body.password, usable ? (user.passwordHash as string) : await decoyHash());
      if (!usable || !matches) {
        await identityRepo.recordFailure(db, body.email, ip);
        if (user) {
          await auditRepo.record(db, {
            organizationId: user.organizationId,
            actorId: user.id,
            action: 'auth.login_failed',
            ip: context.ip,
          });
        }
        throw unauthorized(WRONG_CREDENTIALS);
      }
      return db.transaction(async (tx) => {
        const principal = found(await identityRepo.principal(tx, user.organizationId, user.id));
        // Rotation: a session id known before sign-in (fixation) never becomes an authenticated one.
        if (previousSessionToken) await identityRepo.deleteSession(tx, hashToken(previousSessionToken));
        const token = await startSession(tx, principal, context);
        await identityRepo.clearFailures(tx, body.email, ip);
        // Housekeeping without a job: sign-in is rare next to reads, and the delete uses the expiry index.
        await identityRepo.deleteExpiredSessions(tx);
        await auditRepo.record(tx, {
          organizationId: user.organizationId,
          actorId: user.id,
          action: 'auth.login',
          ip: context.ip,
        });
        return { token, me: presentMe(principal) };
      });
    },

    async logout(actor: Actor) {
      if (actor.via.kind !== 'session') return;
      await identityRepo.deleteSession(db, actor.via.sessionId);
      await auditRepo.record(db, {
        organizationId: actor.organizationId,
        actorId: actor.userId,
        action: 'auth.logout',
        ip: actor.context.ip,
      });
    },

    /** `refreshed` tells the caller to send the cookie again, so the browser's expiry slides with the session's. */
    async actorFromSession(
      token: string,
      context: RequestContext,
    ): Promise<{ actor: Actor; refreshed: boolean } | null> {
      const sessionId = hashToken(token);
      const row = await identityRepo.sessionPrincipal(db, sessionId);
      if (!row) return null;
      const now = Date.now();
      const refreshed = now - row.lastSeenAt.getTime() > SESSION_TOUCH_AFTER_MS;
      if (refreshed) await identityRepo.touchSession(db, sessionId, expiryFrom(now));
      const { lastSeenAt: _seen, ...principal } = row;
      return { actor: toActor(principal, { kind: 'session', sessionId }, context), refreshed };
    },

    async actorFromAccessToken(token: string, context: RequestContext): Promise<Actor | null> {
      if (!token.startsWith(ACCESS_TOKEN_PREFIX)) return null;
      const row = await identityRepo.tokenPrincipal(db, hashToken(token));
      if (!row) return null;
      if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > SESSION_TOUCH_AFTER_MS) {
        await identityRepo.touchAccessToken(db, row.tokenId);
      }
      const { tokenId, lastUsedAt: _used, ...principal } = row;
      return toActor(principal, { kind: 'token', tokenId }, context);
    },

    me: (actor: Actor) => presentMe(actor),

    async updateMe(actor: Actor, body: z.infer<typeof UpdateMeBody>) {
      await identityRepo.updateUser(db, actor.organizationId, actor.userId, body);
      return presentMe({ ...actor, ...body });
    },

    async changePassword(actor: Actor, body: z.infer<typeof ChangePasswordBody>) {
      const user = found(await identityRepo.findUser(db, actor.organizationId, actor.userId));
      if (!user.passwordHash || !(await verifyPassword(body.currentPassword, user.passwordHash))) {
        throw badRequest('Your current password is not right.', [
          { path: 'currentPassword', message: 'Not your current password.' },
        ]);
      }
      const passwordHash = await hashPassword(body.newPassword);
      await db.transaction(async (tx) => {
        await identityRepo.updateUser(tx, actor.organizationId, actor.userId, { passwordHash });
        await auditRepo.record(tx, {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: 'auth.password_changed',
          ip: actor.context.ip,
        });
      });
    },

    /** Always succeeds from the caller's point of view, so it cannot be used to find out who has an account. */
    async requestPasswordReset(context: RequestContext, email: string) {
      const user = await identityRepo.findUserByEmail(db, email);
      if (user?.status !== 'active') return;
      // A cap per account, so the form cannot be used to flood someone's inbox; silent, like the rest.
      if ((await identityRepo.countRecentOneTimeTokens(db, user.id, 'password_reset', 60)) >= PASSWORD_RESETS_PER_HOUR)
        return;
      const token = newSecretToken();
      const mailId = await db.transaction(async (tx) => {
        await identityRepo.expireOneTimeTokens(tx, user.organizationId, user.id, 'password_reset');
        await identityRepo.createOneTimeToken(tx, {
          organizationId: user.organizationId,
          userId: user.id,
          purpose: 'password_reset',
          tokenHash: hashToken(token),
          expiresAt: new Date(Date.now() + PASSWORD_RESET_TTL_MS),
        });
        await auditRepo.record(tx, {
          organizationId: user.organizationId,
          actorId: user.id,
          action: 'auth.password_reset_requested',
          ip: context.ip,
        });
        const mail = identityMail.passwordReset(user.locale, {
          name: user.name,
          link: `${publicUrl}/reset-password?token=${token}`,
        });
        return notifications.queue(tx, { organizationId: user.organizationId, to: user.email, ...mail });
      });
      await notifications.deliver([mailId]);
    },

    async confirmPasswordReset(context: RequestContext, body: z.infer<typeof PasswordResetConfirmBody>) {
      const passwordHash = await hashPassword(body.password);
      await db.transaction(async (tx) => {
        const row = await identityRepo.findUsableOneTimeToken(tx, hashToken(body.token), 'password_reset');
        if (!row || !(await identityRepo.consumeOneTimeToken(tx, row.token.id))) {
          throw notFound('This link has expired or was already used. Ask for a new one.');
        }
        await identityRepo.updateUser(tx, row.user.organizationId, row.user.id, { passwordHash });
        // A reset is often a response to a stolen password: end every session.
        await identityRepo.deleteSessionsOfUser(tx, row.user.organizationId, row.user.id);
        await auditRepo.record(tx, {
          organizationId: row.user.organizationId,
          actorId: row.user.id,
          action: 'auth.password_reset',
          ip: context.ip,
        });
      });
    },

    /** Creates the 7-day link and queues the email; the caller's transaction owns both. */
    async issueInvitation(
      tx: Executor,
      invitee: { id: string; organizationId: string; name: string; email: string; locale: 'en' | 'es' },
      inviter: Pick<Actor, 'name' | 'organizationName'>,
    ) {
      const token = newSecretToken();
      await identityRepo.expireOneTimeTokens(tx, invitee.organizationId, invitee.id, 'invitation');
      await identityRepo.createOneTimeToken(tx, {
        organizationId: invitee.organizationId,
        userId: invitee.id,
        purpose: 'invitation',
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
      });
      const mail = identityMail.invitation(invitee.locale, {
        name: invitee.name,
        inviterName: inviter.name,
        organizationName: inviter.organizationName,
        link: `${publicUrl}/accept-invite?token=${token}`,
      });
      const mailId = await notifications.queue(tx, {
        organizationId: invitee.organizationId,
        to: invitee.email,
        ...mail,
      });
      return { mailId, link: `${publicUrl}/accept-invite?token=${token}` };
    },

    async previewInvitation(token: string) {
      const row = found(await identityRepo.findUsableOneTimeToken(db, hashToken(token), 'invitation'));
      return {
        email: row.user.email,
        name: row.user.name,
        organizationName: row.organizationName,
        expiresAt: row.token.expiresAt.toISOString(),
      };
    },

    async acceptInvitation(context: RequestContext, body: z.infer<typeof AcceptInvitationBody>) {
      const passwordHash = await hashPassword(body.password);
      return db.transaction(async (tx) => {
        const row = await identityRepo.findUsableOneTimeToken(tx, hashToken(body.token), 'invitation');
        if (!row || row.user.status === 'deactivated' || !(await identityRepo.consumeOneTimeToken(tx, row.token.id))) {
          throw notFound('This invitation has expired or was already used. Ask your administrator for a new one.');
        }
        const { organizationId, id: userId } = row.user;
        await identityRepo.updateUser(tx, organizationId, userId, {
          passwordHash,
          status: 'active',
          ...(body.name ? { name: body.name } : {}),
        });
        await auditRepo.record(tx, {
          organizationId,
          actorId: userId,
          action: 'auth.invitation_accepted',
          ip: context.ip,
        });
        const principal = found(await identityRepo.principal(tx, organizationId, userId));
        const token = await startSession(tx, principal, context);
        return { token, me: presentMe(principal) };
      });
    },

    async listAccessTokens(actor: Actor) {
      const rows = await identityRepo.listAccessTokens(db, actor.organizationId, actor.userId);
      return { items: rows.map(presentAccessToken), nextCursor: null };
    },

    async createAccessToken(actor: Actor, name: string) {
      // A token cannot mint tokens: only a person signed in with a password can.
      authorize(actor.via.kind === 'session');
      const token = newSecretToken(ACCESS_TOKEN_PREFIX);
      return db.transaction(async (tx) => {
        const row = await identityRepo.createAccessToken(tx, {
          organizationId: actor.organizationId,
          userId: actor.userId,
          name,
          prefix: token.slice(0, ACCESS_TOKEN_PREFIX.length + 6),
          tokenHash: hashToken(token),
        });
        await auditRepo.record(tx, {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: 'auth.token_created',
          targetType: 'access_token',
          targetId: row?.id ?? null,
          data: { name },
          ip: actor.context.ip,
        });
        return { ...presentAccessToken(found(row)), token };
      });
    },

    async revokeAccessToken(actor: Actor, tokenId: string) {
      await db.transaction(async (tx) => {
        if (!(await identityRepo.revokeAccessToken(tx, actor.organizationId, actor.userId, tokenId))) throw notFound();
        await auditRepo.record(tx, {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: 'auth.token_revoked',
          targetType: 'access_token',
          targetId: tokenId,
          ip: actor.context.ip,
        });
      });
    },
  };
}
export type IdentityService = ReturnType<typeof createIdentityService>;
