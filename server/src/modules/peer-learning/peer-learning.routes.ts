import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '#core/contracts/common';
import {
  PeerOfferBody,
  PeerOfferResponse,
  PeerRequest,
  PeerRequestBody,
  PeerRequestList,
} from '#core/contracts/peer-learning';
import { actorOf } from '../../platform/http/auth.plugin';
import type { PeerLearningService } from './peer-learning.service';

const tags = ['peer-learning'];

export const peerLearningRoutes: FastifyPluginAsyncZod<{ peerLearning: PeerLearningService }> = async (
  app,
  { peerLearning },
) => {
  app.get(
    '/me/peer-offer',
    {
      schema: {
        tags,
        summary: 'The caller’s offer to colleagues to learn from them, or { offer: null }',
        response: { 200: PeerOfferResponse },
      },
    },
    async (request) => peerLearning.offer(actorOf(request)),
  );
  app.put(
    '/me/peer-offer',
    {
      schema: {
        tags,
        summary: 'Publish, edit or close the caller’s offer (teachers and coaches); closed: listed nowhere',
        body: PeerOfferBody,
        response: { 200: PeerOfferResponse },
      },
    },
    async (request) => peerLearning.saveOffer(actorOf(request), request.body),
  );
  app.delete(
    '/me/peer-offer',
    {
      schema: { tags, summary: 'Withdraw and delete the caller’s offer', response: { 204: z.null() } },
    },
    async (request, reply) => {
      await peerLearning.deleteOffer(actorOf(request));
      return reply.code(204).send(null);
    },
  );
  app.get(
    '/peer-requests',
    {
      schema: {
        tags,
        summary: 'The caller’s requests to learn from a colleague: incoming and outgoing, newest first',
        response: { 200: PeerRequestList },
      },
    },
    async (request) => peerLearning.requests(actorOf(request)),
  );
  app.post(
    '/peer-requests',
    {
      schema: {
        tags,
        summary: 'Ask a colleague with an open offer to learn from them about one of their practices',
        body: PeerRequestBody,
        response: { 201: PeerRequest },
      },
    },
    async (request, reply) => reply.code(201).send(await peerLearning.ask(actorOf(request), request.body)),
  );
  for (const action of ['accept', 'decline', 'withdraw'] as const)
    app.post(
      `/peer-requests/:id/${action}`,
      {
        schema: {
          tags,
          summary:
            action === 'withdraw'
              ? 'Withdraw a pending request the caller sent'
              : `${action === 'accept' ? 'Accept' : 'Decline'} a pending request to the caller`,
          params: IdParams,
          response: { 200: PeerRequest },
        },
      },
      async (request) => peerLearning[action](actorOf(request), request.params.id),
    );
};
