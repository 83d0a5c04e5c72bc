import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { Negotiator } from '@fastify/accept-negotiator';
import fastifyCompress from '@fastify/compress';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** What we compress with, best first: every browser since 2017 takes brotli; gzip for the rest. */
export const ENCODINGS = ['br', 'gzip'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/**
 * Compresses every response over 1 KiB the client accepts compressed (@fastify/compress): teachers
 * open Conecta on cheap phones over slow networks, where a dashboard's 150 KiB of JSON is ~15 KiB
 * of brotli. The plugin's brotli quality (4) keeps the per-response CPU low; responses that are
 * already compressed (see `sendEncoded`) pass through untouched.
 */
export async function registerCompression(app: FastifyInstance) {
  await app.register(fastifyCompress, { encodings: [...ENCODINGS], threshold: 1024 });
}

const negotiator = new Negotiator<Encoding>({ supportedValues: [...ENCODINGS] });

/** The encoding to answer with, from the request's Accept-Encoding (q-values honoured); null: none. */
export function preferredEncoding(acceptEncoding: string | undefined): Encoding | null {
  return acceptEncoding ? negotiator.negotiate(acceptEncoding) : null;
}

/**
 * A text that is sent many times, kept with its compressed forms: each is made once, on first
 * use, at a higher quality than per-response compression can afford.
 */
export type EncodedText = { text: string; bytes: (encoding: Encoding | null) => Buffer | string };

export function encodedText(text: string): EncodedText {
  const made = new Map<Encoding, Buffer>();
  return {
    text,
    bytes(encoding) {
      if (!encoding) return text;
      let bytes = made.get(encoding);
      if (!bytes) {
        bytes =
          encoding === 'br'
            ? brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 6 } })
            : gzipSync(text);
        made.set(encoding, bytes);
      }
      return bytes;
    },
  };
}

/** Sends an already-encoded JSON text in the best encoding the client accepts. */
export function sendEncodedJson(request: FastifyRequest, reply: FastifyReply, body: EncodedText) {
  const encoding = preferredEncoding(request.headers['accept-encoding']);
  reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding');
  if (encoding) reply.header('content-encoding', encoding);
  return reply.send(body.bytes(encoding));
}
