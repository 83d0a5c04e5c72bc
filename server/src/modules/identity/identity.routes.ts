import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, listOf } from '#core/contracts/common';
import {
  AcceptInvitationBody,
  AccessToken,
  ChangePasswordBody,
  CreateAccessTokenBody,
  CreatedAccessToken,
  InvitationPreview,
  LoginBody,
  LoginResult,
  Me,
  PasswordResetConfirmBody,
  PasswordResetRequestBody,
  UpdateMeBody,
} from '#core/contracts/session';
import {
  actorOf,
  clearSessionCookie,
  requestContext,
  sessionTokenOf,
  setSessionCookie,
} from '../../platform/http/auth.plugin';
import type { IdentityService } from './identity.service';

const tags = ['session'];
const publicRoute = { public: true } as const;

export const identityRoutes: FastifyPluginAsyncZod<{ identity: IdentityService }> = async (app, { identity }) => {
  app.post(
    '/auth/login',
    { config: publicRoute, schema: { tags, summary: 'Sign in', body: LoginBody, response: { 200: LoginResult } } },
    async (request, reply) => {
      const { token, me } = await identity.login(requestContext(request), request.body, sessionTokenOf(request));
      setSessionCookie(request, reply, token);
      return { user: me };
    },
  );

  app.post(
    '/auth/logout',
    { config: publicRoute, schema: { tags, summary: 'Sign out', response: { 204: z.null() } } },
    async (request, reply) => {
      if (request.actor) await identity.logout(request.actor);
      clearSessionCookie(request, reply);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/auth/password-reset',
    {
      config: publicRoute,
      schema: {
        tags,
        summary: 'Email a one-hour reset link (always 202)',
        body: PasswordResetRequestBody,
        response: { 202: z.object({}) },
      },
    },
    async (request, reply) => {
      await identity.requestPasswordReset(requestContext(request), request.body.email);
      return reply.code(202).send({});
    },
  );

  app.post(
    '/auth/password-reset/confirm',
    {
      config: publicRoute,
      schema: {
        tags,
        summary: 'Set a new password with a reset link',
        body: PasswordResetConfirmBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await identity.confirmPasswordReset(requestContext(request), request.body);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/auth/invitations/:token',
    {
      config: publicRoute,
      schema: {
        tags,
        summary: 'Who an invitation link is for',
        params: z.object({ token: z.string().max(200) }),
        response: { 200: InvitationPreview },
      },
    },
    async (request) => identity.previewInvitation(request.params.token),
  );

  app.post(
    '/auth/invitations/accept',
    {
      config: publicRoute,
      schema: {
        tags,
        summary: 'Accept an invitation and sign in',
        body: AcceptInvitationBody,
        response: { 200: LoginResult },
      },
    },
    async (request, reply) => {
      const { token, me } = await identity.acceptInvitation(requestContext(request), request.body);
      setSessionCookie(request, reply, token);
      return { user: me };
    },
  );

  app.get('/me', { schema: { tags, summary: 'The signed-in user', response: { 200: Me } } }, async (request) =>
    identity.me(actorOf(request)),
  );

  app.patch(
    '/me',
    { schema: { tags, summary: 'Change your name or language', body: UpdateMeBody, response: { 200: Me } } },
    async (request) => identity.updateMe(actorOf(request), request.body),
  );

  app.post(
    '/me/password',
    { schema: { tags, summary: 'Change your password', body: ChangePasswordBody, response: { 204: z.null() } } },
    async (request, reply) => {
      await identity.changePassword(actorOf(request), request.body);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/me/tokens',
    { schema: { tags, summary: 'Your personal access tokens', response: { 200: listOf(AccessToken) } } },
    async (request) => identity.listAccessTokens(actorOf(request)),
  );

  app.post(
    '/me/tokens',
    {
      schema: {
        tags,
        summary: 'Create a personal access token (shown once)',
        body: CreateAccessTokenBody,
        response: { 201: CreatedAccessToken },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await identity.createAccessToken(actorOf(request), request.body.name)),
  );

  app.delete(
    '/me/tokens/:id',
    { schema: { tags, summary: 'Revoke a personal access token', params: IdParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await identity.revokeAccessToken(actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
};
