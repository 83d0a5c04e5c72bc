/**
 * The shape of an Open Badges 3.0 credential (1EdTech OB 3.0 over the W3C VC Data Model 2.0), as
 * plain data: no keys, no I/O. The server signs what this builds (adr/0007).
 */
export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_V3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

export type BadgeInput = {
  credentialId: string;
  issuer: { id: string; name: string; url?: string };
  /** Named only: the subject carries no account id or email (the page is public). */
  earner: { name: string };
  achievement: {
    id: string;
    name: string;
    description: string;
    criteria: string;
    alignment?: { name: string; url: string; code?: string } | null;
  };
  validFrom: string;
};

export function openBadgeCredential(input: BadgeInput) {
  const { achievement } = input;
  return {
    '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT],
    id: `urn:uuid:${input.credentialId}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: achievement.name,
    issuer: {
      id: input.issuer.id,
      type: ['Profile'],
      name: input.issuer.name,
      ...(input.issuer.url ? { url: input.issuer.url } : {}),
    },
    validFrom: input.validFrom,
    credentialSubject: {
      type: ['AchievementSubject'],
      name: input.earner.name,
      achievement: {
        id: achievement.id,
        type: ['Achievement'],
        achievementType: 'Competency',
        name: achievement.name,
        description: achievement.description,
        criteria: { narrative: achievement.criteria },
        ...(achievement.alignment
          ? {
              alignment: [
                {
                  type: ['Alignment'],
                  targetName: achievement.alignment.name,
                  targetUrl: achievement.alignment.url,
                  ...(achievement.alignment.code ? { targetCode: achievement.alignment.code } : {}),
                },
              ],
            }
          : {}),
      },
    },
  };
}
export type OpenBadgeCredential = ReturnType<typeof openBadgeCredential>;
