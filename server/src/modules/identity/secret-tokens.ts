import { createHash, randomBytes } from 'node:crypto';

/** 256 bits of randomness, URL-safe: session cookies, access tokens, invitation and reset links. */
export function newSecretToken(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** Only hashes are stored, so a copy of the database does not let anyone sign in. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export const ACCESS_TOKEN_PREFIX = 'cnt_';
