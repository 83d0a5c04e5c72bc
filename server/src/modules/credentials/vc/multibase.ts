import { decode, encode } from 'base58-universal';

/** Multicodec prefix of an Ed25519 public key (0xed, varint-encoded), as Multikey requires. */
const ED25519_PUB = Uint8Array.of(0xed, 0x01);

/** base58-btc multibase: a leading 'z' names the alphabet. */
export const toMultibase = (bytes: Uint8Array) => `z${encode(bytes)}`;

export function fromMultibase(text: string): Uint8Array {
  if (!text.startsWith('z')) throw new Error('Only base58-btc multibase (z…) is used here.');
  return decode(text.slice(1));
}

export const publicKeyMultibase = (raw: Uint8Array) => toMultibase(Uint8Array.from([...ED25519_PUB, ...raw]));
