import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  generateKeyPairSync,
  hkdfSync,
  type KeyObject,
  randomBytes,
} from 'node:crypto';
import { publicKeyMultibase } from './multibase';

/*
 * Each district's Ed25519 signing key. The private half is sealed (AES-256-GCM) under a key
 * derived with HKDF from the session secret and the district's id, so a database dump alone
 * cannot sign, and one district's sealed key cannot be swapped into another's row.
 */
const INFO = 'conecta/credential-signing-key/v1';

const sealingKey = (secret: string, organizationId: string) =>
  Buffer.from(hkdfSync('sha256', secret, organizationId, INFO, 32));

/** Seals an Ed25519 private key for one district under the secret. */
export function sealIssuerKey(secret: string, organizationId: string, privateKey: KeyObject): string {
  const der = privateKey.export({ format: 'der', type: 'pkcs8' });
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealingKey(secret, organizationId), iv);
  cipher.setAAD(Buffer.from(organizationId));
  const sealed = Buffer.concat([cipher.update(der), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), sealed]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

export function newIssuerKey(secret: string, organizationId: string) {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x as string, 'base64url');
  return {
    publicKeyMultibase: publicKeyMultibase(raw),
    sealedPrivateKey: sealIssuerKey(secret, organizationId, privateKey),
  };
}

export function openIssuerKey(secret: string, organizationId: string, sealedPrivateKey: string): KeyObject {
  const [version, iv, tag, sealed] = sealedPrivateKey.split('.');
  if (version !== 'v1' || !iv || !tag || !sealed) throw new Error('Unknown sealed key format.');
  const decipher = createDecipheriv('aes-256-gcm', sealingKey(secret, organizationId), Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(organizationId));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  const der = Buffer.concat([decipher.update(Buffer.from(sealed, 'base64url')), decipher.final()]);
  return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
}

/**
 * Opens a sealed key with the current secret or, during a rotation, the previous one; says which,
 * so the caller can seal it again under the current secret. Neither opens it: an error that says so.
 */
export function openIssuerKeyRotating(
  secrets: { current: string; previous?: string | null },
  organizationId: string,
  sealedPrivateKey: string,
): { key: KeyObject; withPrevious: boolean } {
  try {
    return { key: openIssuerKey(secrets.current, organizationId, sealedPrivateKey), withPrevious: false };
  } catch (error) {
    if (!secrets.previous) throw keyError(error);
    try {
      return { key: openIssuerKey(secrets.previous, organizationId, sealedPrivateKey), withPrevious: true };
    } catch (again) {
      throw keyError(again);
    }
  }
}

const keyError = (cause: unknown) =>
  new Error(
    "The district's signing key was sealed under another SESSION_SECRET: set SESSION_SECRET_PREVIOUS to the secret it replaced.",
    { cause },
  );
