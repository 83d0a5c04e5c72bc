import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { verifyCredential } from '@digitalbazaar/vc';
import type { DocumentLoader } from './contexts';

/**
 * Verification with the independent Digital Bazaar stack (not our signer's code): the proof, the
 * key it names (resolved through the given loader: our issuer profile, never the network) and
 * that the issuer lists that key for assertions.
 */
export async function verifyOpenBadge(credential: object, documentLoader: DocumentLoader) {
  try {
    const result = await verifyCredential({
      credential,
      suite: new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }),
      documentLoader,
    });
    return { verified: result.verified === true, error: result.verified ? null : describe(result) };
  } catch (error) {
    return { verified: false, error: error instanceof Error ? error.message : String(error) };
  }
}

function describe(result: { error?: unknown; results?: unknown[] }): string {
  const error = result.error as { message?: string; errors?: { message?: string }[] } | undefined;
  return error?.errors?.[0]?.message ?? error?.message ?? 'The proof does not verify.';
}
