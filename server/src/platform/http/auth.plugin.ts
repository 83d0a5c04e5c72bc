import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor, RequestContext } from '../actor';
import { forbidden, unauthorized } from './problem';

export const SESSION_COOKIE = 'conecta_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** Routes are private unless they say so: forgetting this fails closed (401). */
    public?: boolean;
  }
}

type Resolvers = {
  fromSession: (token: string, context: RequestContext) => Promise<{ actor: Actor; refreshed: boolean } | null>;
  fromAccessToken: (token: string, context: RequestContext) => Promise<Actor | null>;
};

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function requestContext(request: FastifyRequest): RequestContext {
  const userAgent = request.headers['user-agent'];
  return { ip: request.ip ?? null, userAgent: typeof userAgent === 'string' ? userAgent : null };
}

export function sessionTokenOf(request: FastifyRequest): string | null {
  const raw = request.cookies[SESSION_COOKIE];
  if (!raw) return null;
  const unsigned = request.unsignCookie(raw);
  return unsigned.valid ? unsigned.value : null;
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    signed: true,
    maxAge: 7 * 24 * 60 * 60,
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
  });
}

/**
 * API.md's CSRF rule: a cookie-authenticated state change is accepted only as JSON (or with
 * X-Requested-With: conecta for uploads), and only from our own Origin when one is sent. A
 * cross-site form can send neither, so the cookie alone never acts for a user.
 */
function violatesCsrf(request: FastifyRequest, publicOrigin: string): boolean {
  const contentType = request.headers['content-type'] ?? '';
  const isJson = /^application\/([a-z.+-]*\+)?json\b/i.test(contentType);
  const marked = request.headers['x-requested-with'] === 'conecta';
  if (!isJson && !marked) return true;
  const origin = request.headers.origin;
  if (origin === undefined) return false;
  const ownOrigin = `${request.protocol}://${request.host}`;
  return origin !== ownOrigin && origin !== publicOrigin;
}

export function registerAuth(app: FastifyInstance, resolvers: Resolvers, publicOrigin: string) {
  app.decorateRequest('actor', null);

  // onRequest: before the body is parsed or validated, so a stranger learns nothing from validation errors.
  app.addHook('onRequest', async (request, reply) => {
    const context = requestContext(request);
    const authorization = request.headers.authorization;
    if (authorization?.startsWith('Bearer ')) {
      request.actor = await resolvers.fromAccessToken(authorization.slice(7).trim(), context);
      if (!request.actor) throw unauthorized('The access token is not valid or was revoked.');
      return;
    }
    const token = sessionTokenOf(request);
    if (token) {
      if (UNSAFE_METHODS.has(request.method) && violatesCsrf(request, publicOrigin)) {
        throw forbidden('Cross-site request refused: send JSON from the Conecta app or an API client.');
      }
      const session = await resolvers.fromSession(token, context);
      request.actor = session?.actor ?? null;
      if (session?.refreshed) setSessionCookie(request, reply, token);
    }
    if (!request.actor && !request.routeOptions.config.public) throw unauthorized();
  });

  // Everything under /api is personal or tenant data: no shared cache may keep it.
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });
}

/** For handlers of private routes, where the hook above guarantees an actor. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthorized();
  return request.actor;
}
