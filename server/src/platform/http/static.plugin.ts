import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendNotFoundProblem } from './errors.plugin';

export const WEB_DIST = join(import.meta.dirname, '../../../../web/dist');

/**
 * Serves the built web app. Any GET outside /api that matches no file gets index.html, so the
 * client-side router can own the URL; API misses stay problem+json 404s.
 */
export async function registerWebApp(app: FastifyInstance, root = WEB_DIST) {
  const built = existsSync(join(root, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root,
      // Files are looked up per request, so a rebuilt web app is served without a restart.
      wildcard: true,
      index: 'index.html',
      setHeaders: (res, path) => {
        // Vite fingerprints assets, so they can be cached for a year; index.html must always revalidate.
        res.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler({ preHandler: undefined }, (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    // A missing file (anything with an extension, or under /assets) is a real 404, not the app shell.
    const isPage =
      request.method === 'GET' &&
      !path.startsWith('/api') &&
      !path.startsWith('/assets/') &&
      !/\.[a-z0-9]+$/i.test(path);
    if (built && isPage) return reply.header('cache-control', 'no-cache').sendFile('index.html');
    return sendNotFoundProblem(request, reply);
  });
}
