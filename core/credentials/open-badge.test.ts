import { describe, expect, it } from 'vitest';
import { OB_V3_CONTEXT, openBadgeCredential, VC_V2_CONTEXT } from './open-badge';

describe('Open Badges 3.0 credential shape', () => {
  const input = {
    credentialId: '5b0a2d0e-7a0f-4b8e-9d51-0c2c7f1f6a11',
    issuer: { id: 'https://conecta.example/api/v1/public/issuers/d1', name: 'District' },
    earner: { name: 'Ana' },
    achievement: { id: 'urn:uuid:aa', name: 'Checks', description: 'd', criteria: 'c', alignment: null },
    validFrom: '2026-11-22T10:00:00.000Z',
  };

  it('is a VC 2.0 OpenBadgeCredential with the achievement in the subject', () => {
    const vc = openBadgeCredential(input);
    expect(vc['@context']).toEqual([VC_V2_CONTEXT, OB_V3_CONTEXT]);
    expect(vc.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(vc.id).toBe(`urn:uuid:${input.credentialId}`);
    expect(vc.credentialSubject.achievement).toMatchObject({ type: ['Achievement'], criteria: { narrative: 'c' } });
    expect(vc.credentialSubject.achievement).not.toHaveProperty('alignment');
  });

  it('aligns to a framework practice when there is one', () => {
    const vc = openBadgeCredential({
      ...input,
      achievement: {
        ...input.achievement,
        alignment: { name: 'Checking for understanding', url: 'https://x/p', code: '3b' },
      },
    });
    expect(vc.credentialSubject.achievement).toMatchObject({
      alignment: [{ type: ['Alignment'], targetName: 'Checking for understanding', targetCode: '3b' }],
    });
  });
});
