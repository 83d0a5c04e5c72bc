import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildTenant, signIn } from '../../../test/factories';
import { json, setupTestApp, testConfig } from '../../../test/test-app';
import { createTestDatabase } from '../../../test/test-db';
import { buildApp } from '../../app';

const ctx = setupTestApp();

describe('service endpoints', () => {
  it('GET /healthz reports the database', async () => {
    const response = await ctx.app.inject({ url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(json(response)).toEqual({ status: 'ok', database: 'ok' });
  });

  it('GET /healthz answers 503 when the database is unreachable', async () => {
    const database = await createTestDatabase();
    const app = await buildApp({ config: testConfig(), database, mailTransport: null });
    await database.drop();
    const response = await app.inject({ url: '/healthz' });
    expect(response.statusCode).toBe(503);
    expect(json(response)).toEqual({ status: 'error', database: 'unreachable' });
    await app.close();
  });

  it('GET /api/openapi.json is OpenAPI 3.1 with the API.md routes and their schemas', async () => {
    const spec = json(await ctx.app.inject({ url: '/api/openapi.json' }));
    expect(spec.openapi).toBe('3.1.0');
    for (const [path, method] of [
      ['/api/v1/auth/login', 'post'],
      ['/api/v1/auth/logout', 'post'],
      ['/api/v1/me', 'get'],
      ['/api/v1/classes', 'get'],
      ['/api/v1/classes', 'post'],
      ['/healthz', 'get'],
    ] as const) {
      expect(spec.paths[path]?.[method], `${method} ${path}`).toBeDefined();
    }
    const loginBody = spec.paths['/api/v1/auth/login'].post.requestBody.content['application/json'].schema;
    expect(loginBody.required).toEqual(['email', 'password']);
  });

  it('GET /metrics exposes Prometheus text with request durations by route template', async () => {
    await ctx.app.inject({ url: '/healthz' });
    const response = await ctx.app.inject({ url: '/metrics' });
    expect(response.headers['content-type']).toContain('text/plain');
    expect(response.body).toMatch(
      /conecta_http_request_duration_seconds_count\{method="GET",route="\/healthz",status="200"\} \d+/,
    );
    expect(response.body).toContain('conecta_process_resident_memory_bytes');
  });
});

describe('errors are problem+json', () => {
  it('unknown API route → 404', async () => {
    const response = await ctx.app.inject({ url: '/api/v1/does-not-exist' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(json(response)).toMatchObject({ type: '/problems/not-found', title: 'Not found', status: 404 });
  });

  it('malformed JSON → 400, body over 1 MB → 413, wrong media type → 415', async () => {
    const malformed = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":',
    });
    expect(malformed.statusCode).toBe(400);
    expect(json(malformed).type).toBe('/problems/malformed-json');
    const huge = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(1_100_000) }),
    });
    expect(huge.statusCode).toBe(413);
    expect(json(huge).status).toBe(413);
    const form = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'email=a',
    });
    expect(form.statusCode).toBe(415);
  });

  it('validation → 400 with errors [{ path, message }], query parameters named with their context', async () => {
    const t = await buildTenant(ctx.db);
    const cookie = await signIn(ctx.app, t.admin.email);
    const response = await ctx.app.inject({ url: '/api/v1/users?limit=5000', headers: { cookie } });
    expect(response.statusCode).toBe(400);
    expect(json(response).errors).toEqual([{ path: 'querystring.limit', message: expect.any(String) }]);
  });

  it('sends security headers, including a strict Content-Security-Policy', async () => {
    const response = await ctx.app.inject({ url: '/healthz' });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });

  it('marks the session cookie Secure behind HTTPS (trusted proxy)', async () => {
    const database = await createTestDatabase();
    const app = await buildApp({ config: testConfig({ trustProxy: true }), database, mailTransport: null });
    const t = await buildTenant(database.db);
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { email: t.teacher.email, password: 'correct horse battery' },
    });
    expect(response.cookies.find((c) => c.name === 'conecta_session')?.secure).toBe(true);
    await app.close();
    await database.drop();
  });
});

describe('problems speak the requester’s language', () => {
  it('uses ?locale=, then the person’s setting, then Accept-Language', async () => {
    const byHeader = await ctx.app.inject({ url: '/api/v1/me', headers: { 'accept-language': 'es-MX,es;q=0.9' } });
    expect(json(byHeader)).toMatchObject({ title: 'No has iniciado sesión', detail: 'Inicia sesión para continuar.' });
    const byQuery = await ctx.app.inject({ url: '/api/v1/me?locale=en', headers: { 'accept-language': 'es' } });
    expect(json(byQuery).title).toBe('Not signed in');

    const t = await buildTenant(ctx.db);
    await ctx.db.execute(sql`update users set locale = 'es' where id = ${t.teacher.id}`);
    const cookie = await signIn(ctx.app, t.teacher.email);
    const invalid = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/classes',
      headers: { cookie, 'accept-language': 'en' },
      payload: { name: '', subject: 'x', gradeLevel: '7', periodMinutes: 50 },
    });
    expect(json(invalid).title).toBe('Solicitud no válida');
    expect(json(invalid).errors[0].path).toBe('name');
    expect(json(invalid).errors[0].message).not.toMatch(/Too small/);
  });
});
