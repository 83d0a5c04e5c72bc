import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

type Options = { ping: () => Promise<void> };

/** Liveness for load balancers: 503 as soon as the database stops answering. */
export const systemRoutes: FastifyPluginAsyncZod<Options> = async (app, { ping }) => {
  app.get(
    '/healthz',
    {
      schema: {
        tags: ['service'],
        response: {
          200: z.object({ status: z.literal('ok'), database: z.literal('ok') }),
          503: z.object({ status: z.literal('error'), database: z.literal('unreachable') }),
        },
      },
    },
    async (_request, reply) => {
      try {
        await Promise.race([
          ping(),
          new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2_000).unref()),
        ]);
        return { status: 'ok' as const, database: 'ok' as const };
      } catch {
        return reply.code(503).send({ status: 'error' as const, database: 'unreachable' as const });
      }
    },
  );
};
