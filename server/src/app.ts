import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config';
import type { Database } from './db/client';
import { type ApiServices, apiRoutes, createServices } from './modules/api';
import { systemRoutes } from './modules/system/system.routes';
import { registerCompression } from './platform/http/compression.plugin';
import { registerErrorHandling } from './platform/http/errors.plugin';
import { registerMetrics } from './platform/http/metrics.plugin';
import { registerOpenApi } from './platform/http/openapi.plugin';
import { registerSecurityHeaders } from './platform/http/security-headers';
import { registerWebApp } from './platform/http/static.plugin';
import { createMailTransport, type MailTransport } from './platform/mail';

export type AppOptions = {
  config: Config;
  database: Database;
  /** Overrides the SMTP transport (tests capture mail with a real in-process transport). */
  mailTransport?: MailTransport | null;
  webRoot?: string;
};

export const APP_VERSION = '0.1.0';

declare module 'fastify' {
  interface FastifyInstance {
    services: ApiServices;
  }
}

/** Builds the whole server without listening: main.ts listens, tests use inject(). */
export async function buildApp({ config, database, mailTransport, webRoot }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers.authorization'] },
    bodyLimit: 1024 * 1024,
    trustProxy: config.trustProxy,
    // Request lines only at debug: at info they would dominate the log of a busy district server.
    logController: new LogController({
      disableRequestLogging: config.logLevel !== 'debug' && config.logLevel !== 'trace',
    }),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // A body-less POST with Content-Type: application/json (logout, say) is not an error.
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = (body as string).trim();
    if (text === '') return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch (error) {
      (error as { statusCode?: number }).statusCode = 400;
      done(error as Error, undefined);
    }
  });

  registerErrorHandling(app);
  // Before any route: the plugin adds its hook to the routes registered after it.
  await registerCompression(app);
  // The first secret signs; a previous one (during a rotation) still unsigns older cookies.
  await app.register(fastifyCookie, {
    secret: config.previousSessionSecret ? [config.sessionSecret, config.previousSessionSecret] : config.sessionSecret,
  });
  registerSecurityHeaders(app, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: config.publicUrl.startsWith('https://'),
  });
  registerMetrics(app);
  await registerOpenApi(app, APP_VERSION);

  const transport = mailTransport === undefined ? createMailTransport(config.smtpUrl, config.mailFrom) : mailTransport;
  const services = createServices({ db: database.db, config, transport, log: app.log });
  app.decorate('services', services);

  await app.register(systemRoutes, { ping: database.ping });
  await app.register(apiRoutes, { prefix: '/api/v1', services, publicOrigin: new URL(config.publicUrl).origin });
  await registerWebApp(app, webRoot);
  return app;
}
