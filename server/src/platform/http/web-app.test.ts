import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../../test/test-app';
import { createTestDatabase, type TestDatabase } from '../../../test/test-db';
import { buildApp } from '../../app';

/** The web app as `npm start` serves it, from a small stand-in build so the test does not depend on Vite. */
let app: FastifyInstance;
let database: TestDatabase;
const root = mkdtempSync(join(tmpdir(), 'conecta-web-'));

beforeAll(async () => {
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Conecta</title>');
  writeFileSync(join(root, 'assets', 'app-1a2b3c.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'big-4d5e6f.js'), `${'console.log("conecta");\n'.repeat(500)}`);
  database = await createTestDatabase();
  app = await buildApp({ config: testConfig(), database, mailTransport: null, webRoot: root });
});
afterAll(async () => {
  await app.close();
  await database.drop();
  rmSync(root, { recursive: true, force: true });
});

describe('serving the web app', () => {
  it.each(['/', '/people/42', '/reset-password?token=abc'])('GET %s → the app shell, never cached', async (url) => {
    const response = await app.inject({ url });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('serves fingerprinted assets for a year, and a missing asset is a 404', async () => {
    const asset = await app.inject({ url: '/assets/app-1a2b3c.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await app.inject({ url: '/assets/gone-000000.js' })).statusCode).toBe(404);
    expect((await app.inject({ url: '/favicon.ico' })).statusCode).toBe(404);
  });

  it('compresses what a client takes compressed (assets, JSON over 1 KiB), not a tiny JSON answer', async () => {
    const asset = await app.inject({ url: '/assets/big-4d5e6f.js', headers: { 'accept-encoding': 'br, gzip' } });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(asset.rawPayload).toString()).toBe('console.log("conecta");\n'.repeat(500));
    const api = await app.inject({ url: '/api/openapi.json', headers: { 'accept-encoding': 'gzip' } });
    expect(api.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(api.rawPayload).toString()).openapi).toMatch(/^3\./);
    const plain = await app.inject({ url: '/api/openapi.json' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    const tiny = await app.inject({ url: '/healthz', headers: { 'accept-encoding': 'gzip' } });
    expect(tiny.statusCode).toBe(200);
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(tiny.body)).toBeTypeOf('object');
  });

  it('keeps API misses as problem+json', async () => {
    const response = await app.inject({ url: '/api/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('serves a rebuilt file without a restart', async () => {
    writeFileSync(join(root, 'assets', 'app-4d5e6f.js'), 'console.log(2)');
    expect((await app.inject({ url: '/assets/app-4d5e6f.js' })).statusCode).toBe(200);
  });
});
