import { createHash, type KeyObject, sign } from 'node:crypto';
import jsonld from 'jsonld';
import type { DocumentLoader } from './contexts';
import { toMultibase } from './multibase';

/**
 * Our own Data Integrity signer for `eddsa-rdfc-2022` (W3C vc-di-eddsa §3.3), kept small and apart
 * from the verifier (Digital Bazaar's, see verify.ts) so each checks the other: RDFC-1.0
 * canonicalisation (jsonld), SHA-256, Ed25519 (node:crypto), base58-btc multibase.
 */
export type ProofOptions = { verificationMethod: string; created: string };

const canonize = (document: object, documentLoader: DocumentLoader) =>
  jsonld.canonize(document, {
    algorithm: 'RDFC-1.0',
    format: 'application/n-quads',
    documentLoader,
    // An undefined term would be silently dropped from what is signed: refuse it instead.
    safe: true,
  });

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest();

export async function signCredential<T extends { '@context': unknown }>(
  unsecured: T,
  privateKey: KeyObject,
  options: ProofOptions,
  documentLoader: DocumentLoader,
): Promise<T & { proof: Record<string, string> }> {
  const proofConfig = {
    '@context': unsecured['@context'],
    type: 'DataIntegrityProof',
    cryptosuite: 'eddsa-rdfc-2022',
    created: options.created,
    verificationMethod: options.verificationMethod,
    proofPurpose: 'assertionMethod',
  };
  const [documentQuads, proofQuads] = await Promise.all([
    canonize(unsecured, documentLoader),
    canonize(proofConfig, documentLoader),
  ]);
  const hashData = Buffer.concat([sha256(proofQuads), sha256(documentQuads)]);
  const signature = sign(null, hashData, privateKey);
  const { '@context': _context, ...proof } = proofConfig;
  return { ...unsecured, proof: { ...proof, proofValue: toMultibase(signature) } };
}
