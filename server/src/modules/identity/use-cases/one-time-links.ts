import type { z } from 'zod';
import type { AcceptInvitationBody, PasswordResetConfirmBody } from '#core/contracts/session';
import type { Db, Executor } from '../../../db/client';
import type { Actor, RequestContext } from '../../../platform/actor';
import { found } from '../../../platform/authz';
import { notFound } from '../../../platform/http/problem';
import { auditRepo } from '../../audit';
import type { NotificationsService } from '../../notifications';
import { identityMail } from '../identity.mail';
import { presentMe } from '../identity.presenter';
import { identityRepo } from '../identity.repo';
import { INVITATION_TTL_MS, PASSWORD_RESET_TTL_MS, PASSWORD_RESETS_PER_HOUR } from '../limits';
import { hashPassword } from '../passwords';
import { hashToken, newSecretToken } from '../secret-tokens';

import { startSession } from './sessions';

type Deps = { db: Db; notifications: NotificationsService; publicUrl: string };

/** Links sent by email that work once: password resets (1 hour) and invitations (7 days). */
export function createOneTimeLinkUseCases({ db, notifications, publicUrl }: Deps) {
  return {
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
  };
}
