import { mkdtempSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStorage, localStorage, type Storage, s3Storage } from './index';

const text = async (stream: Readable) => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
};

/** What every adapter must do, whatever is behind it. */
function behavesLikeStorage(make: () => Storage) {
  it('puts, gets and deletes an object; a missing one is null', async () => {
    const storage = make();
    await storage.put('org-1/student-work/abc', Buffer.from('first'), 'image/png');
    await storage.put('org-1/student-work/abc', Buffer.from('second'), 'image/png');
    const object = await storage.get('org-1/student-work/abc');
    expect(object).not.toBeNull();
    expect(await text(object!.body)).toBe('second');
    expect(object!.size).toBe(6);
    await storage.delete('org-1/student-work/abc');
    expect(await storage.get('org-1/student-work/abc')).toBeNull();
    await storage.delete('org-1/student-work/abc');
    expect(await storage.get('org-1/student-work/never')).toBeNull();
  });
  it('refuses keys that are not ours', async () => {
    const storage = make();
    for (const key of ['../etc/passwd', '/abs', 'a//b', 'A/B', 'a/../b', ''])
      await expect(storage.put(key, Buffer.from('x'), 'text/plain')).rejects.toThrow(/Not a storage key/);
  });
}

describe('local folder', () => {
  const root = mkdtempSync(join(tmpdir(), 'conecta-storage-'));
  behavesLikeStorage(() => localStorage(root));
  it('leaves no partial files, and is the default under the data directory', async () => {
    const storage = createStorage(undefined, root);
    await storage.put('t/x', Buffer.from('x'), 'image/png');
    expect(await readdir(join(root, 'uploads', 't'))).toEqual(['x']);
  });
});

/**
 * A stand-in for an S3-compatible service on loopback: objects in memory, path-style URLs, and
 * every request must carry a SigV4 signature for the configured key.
 */
describe('S3-compatible bucket', () => {
  const objects = new Map<string, { body: Buffer; type: string }>();
  const seen: { method: string; url: string; authorization: string }[] = [];
  let server: Server;
  let endpoint: string;

  const body = (request: IncomingMessage) =>
    new Promise<Buffer>((resolve) => {
      const chunks: Buffer[] = [];
      request.on('data', (c: Buffer) => chunks.push(c));
      request.on('end', () => resolve(Buffer.concat(chunks)));
    });

  beforeAll(async () => {
    server = createServer(async (request, response) => {
      const authorization = String(request.headers.authorization ?? '');
      seen.push({ method: request.method!, url: request.url!, authorization });
      if (
        !/^AWS4-HMAC-SHA256 Credential=test-key\/\d{8}\/eu-west-1\/s3\/aws4_request, SignedHeaders=.+, Signature=[0-9a-f]{64}$/.test(
          authorization,
        )
      ) {
        response.writeHead(403, { 'content-type': 'application/xml' });
        return response.end('<Error><Code>AccessDenied</Code></Error>');
      }
      const key = decodeURIComponent(new URL(request.url!, 'http://x').pathname);
      if (request.method === 'PUT') {
        const data = await body(request);
        // The SDK may send the payload aws-chunked; keep the bytes as sent when not chunked.
        objects.set(key, { body: data, type: String(request.headers['content-type']) });
        response.writeHead(200, { etag: '"1"' });
        return response.end();
      }
      if (request.method === 'GET') {
        const object = objects.get(key);
        if (!object) {
          response.writeHead(404, { 'content-type': 'application/xml' });
          return response.end(
            '<?xml version="1.0"?><Error><Code>NoSuchKey</Code><Message>No such key</Message></Error>',
          );
        }
        response.writeHead(200, { 'content-type': object.type, 'content-length': object.body.length });
        return response.end(object.body);
      }
      if (request.method === 'DELETE') {
        objects.delete(key);
        response.writeHead(204);
        return response.end();
      }
      response.writeHead(405);
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const settings = () => ({
    endpoint,
    bucket: 'conecta-test',
    region: 'eu-west-1',
    accessKeyId: 'test-key',
    secretAccessKey: 'test-secret',
    forcePathStyle: true,
  });
  behavesLikeStorage(() => s3Storage(settings()));

  it('signs every request and keeps objects under the bucket, with their type', async () => {
    const storage = createStorage({ driver: 's3', ...settings() }, '/unused');
    await storage.put('org-2/student-work/def', Buffer.from('%PDF-1.4'), 'application/pdf');
    expect(objects.get('/conecta-test/org-2/student-work/def')?.type).toBe('application/pdf');
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((r) => r.authorization.startsWith('AWS4-HMAC-SHA256 '))).toBe(true);
  });

  it('surfaces a refused signature as an error, not as a missing object', async () => {
    const storage = s3Storage({ ...settings(), accessKeyId: 'wrong-key' });
    await expect(storage.get('org-2/student-work/def')).rejects.toThrow();
  });
});
