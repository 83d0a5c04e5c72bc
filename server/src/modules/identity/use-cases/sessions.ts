import type { z } from 'zod';
import type { ChangePasswordBody, LoginBody, UpdateMeBody } from '#core/contracts/session';
import type { Db, Executor } from '../../../db/client';
import type { Actor, RequestContext } from '../../../platform/actor';
import { found } from '../../../platform/authz';
import { badRequest, tooManyRequests, unauthorized } from '../../../platform/http/problem';
import { auditRepo } from '../../audit';
import { presentMe } from '../identity.presenter';
import { identityRepo, type PrincipalRow } from '../identity.repo';
import { expiryFrom, LOGIN_FAILURE_LIMIT, LOGIN_FAILURE_WINDOW_MINUTES, SESSION_TOUCH_AFTER_MS } from '../limits';
import { decoyHash, hashPassword, verifyPassword } from '../passwords';
import { ACCESS_TOKEN_PREFIX, hashToken, newSecretToken } from '../secret-tokens';

type Deps = { db: Db };

const WRONG_CREDENTIALS = 'The email or password is not right.';

export function toActor(row: PrincipalRow, via: Actor['via'], context: RequestContext): Actor {
  return { ...row, via, context };
}

/** A new session for a principal, inside the caller's transaction; returns the cookie token. */
export async function startSession(tx: Executor, principal: PrincipalRow, context: RequestContext) {
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

/** Signing in and out, resolving who is calling, and what people change about themselves. */
export function createSessionUseCases({ db }: Deps) {
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
  };
}
