import { ASSERTION_METHOD_TERM, MULTIKEY_CONTEXT, OB_V3_CONTEXT, VC_V2_CONTEXT } from './contexts';

/** Where a district's issuer profile lives (its id) and its one key (the verification method). */
export const issuerUrl = (publicUrl: string, organizationId: string) =>
  `${publicUrl}/api/v1/public/issuers/${organizationId}`;
export const keyUrl = (publicUrl: string, organizationId: string) => `${issuerUrl(publicUrl, organizationId)}#key-1`;

export function verificationMethod(publicUrl: string, organizationId: string, publicKeyMultibase: string) {
  return {
    '@context': MULTIKEY_CONTEXT,
    id: keyUrl(publicUrl, organizationId),
    type: 'Multikey',
    controller: issuerUrl(publicUrl, organizationId),
    publicKeyMultibase,
  };
}

/** The district as an OB 3.0 Profile that is also the controller document of its key. */
export function issuerProfile(
  publicUrl: string,
  organization: { id: string; name: string },
  publicKeyMultibase: string | null,
) {
  const id = issuerUrl(publicUrl, organization.id);
  const methods = publicKeyMultibase ? [verificationMethod(publicUrl, organization.id, publicKeyMultibase)] : [];
  return {
    '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT, MULTIKEY_CONTEXT, ASSERTION_METHOD_TERM],
    id,
    type: 'Profile',
    name: organization.name,
    url: publicUrl,
    assertionMethod: methods,
  };
}
