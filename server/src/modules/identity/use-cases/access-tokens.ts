import type { Db } from '../../../db/client';
import type { Actor } from '../../../platform/actor';
import { authorize, found } from '../../../platform/authz';
import { notFound } from '../../../platform/http/problem';
import { auditRepo } from '../../audit';
import { presentAccessToken } from '../identity.presenter';
import { identityRepo } from '../identity.repo';
import { ACCESS_TOKEN_PREFIX, hashToken, newSecretToken } from '../secret-tokens';

type Deps = { db: Db };

/** Personal access tokens for integrations: hashed at rest, shown once, revocable. */
export function createAccessTokenUseCases({ db }: Deps) {
  return {
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
