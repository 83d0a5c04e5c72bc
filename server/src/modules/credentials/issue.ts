import { randomUUID } from 'node:crypto';
import type { PublicCredential } from '#core/contracts/credentials';
import { openBadgeCredential } from '#core/credentials/open-badge';
import type { Db, Executor } from '../../db/client';
import { found } from '../../platform/authz';
import type { PracticeTitleOf } from '../frameworks';
import { pick } from './credentials.presenter';
import { type MicroCredentialRow, credentialsRepo as repo } from './credentials.repo';
import { documentLoaderFor } from './vc/contexts';
import { issuerProfile, issuerUrl, keyUrl, verificationMethod } from './vc/issuer';
import { newIssuerKey, openIssuerKeyRotating, sealIssuerKey } from './vc/keys';
import { signCredential } from './vc/sign';
import { verifyOpenBadge } from './vc/verify';

type Deps = { db: Db; sessionSecret: string; previousSessionSecret?: string | null; publicUrl: string };

/**
 * Issues earned micro-credentials as signed OpenBadgeCredentials (adr/0007) and answers the public
 * side: the district's issuer profile (with its key) and the check of one issued credential.
 */
export function createIssuer({ db, sessionSecret, previousSessionSecret = null, publicUrl }: Deps) {
  const profilePrefix = `${issuerUrl(publicUrl, '')}`;

  /** Our own issuer documents, read from the database: the verifier never goes to the network. */
  async function ownDocument(url: string) {
    if (!url.startsWith(profilePrefix)) return null;
    const [organizationId = '', fragment] = url.slice(profilePrefix.length).split('#');
    const [organization, key] = await Promise.all([
      repo.organization(db, organizationId),
      repo.issuerKey(db, organizationId),
    ]);
    if (!organization) return null;
    if (fragment === undefined) return issuerProfile(publicUrl, organization, key?.publicKeyMultibase ?? null);
    if (fragment === 'key-1' && key) return verificationMethod(publicUrl, organizationId, key.publicKeyMultibase);
    return null;
  }
  const documentLoader = documentLoaderFor(ownDocument);

  /**
   * The district's key, made on its first issue. One sealed under the previous secret (a rotation
   * under way) is sealed again under the current one, so the previous secret can then be dropped.
   */
  async function signingKey(tx: Executor, organizationId: string) {
    if (!(await repo.issuerKey(tx, organizationId)))
      await repo.saveIssuerKey(tx, { organizationId, ...newIssuerKey(sessionSecret, organizationId) });
    const row = found(await repo.issuerKey(tx, organizationId));
    const { key, withPrevious } = openIssuerKeyRotating(
      { current: sessionSecret, previous: previousSessionSecret },
      organizationId,
      row.sealedPrivateKey,
    );
    if (withPrevious) await repo.resealIssuerKey(tx, organizationId, sealIssuerKey(sessionSecret, organizationId, key));
    return key;
  }

  return {
    documentLoader,

    /**
     * At start, during a secret rotation: every district's key still sealed under the previous
     * secret is sealed again under the current one, so the previous secret can go after one start.
     * A system step with no actor, hence the read across districts. Says how many were sealed again,
     * and which districts' keys neither secret opens.
     */
    async resealUnderCurrentSecret() {
      const counts = { resealed: 0, unopened: [] as string[] };
      if (!previousSessionSecret) return counts;
      for (const row of await repo.allIssuerKeysAcrossTenants(db)) {
        let opened: ReturnType<typeof openIssuerKeyRotating>;
        try {
          opened = openIssuerKeyRotating(
            { current: sessionSecret, previous: previousSessionSecret },
            row.organizationId,
            row.sealedPrivateKey,
          );
        } catch {
          // Sealed under neither secret: that district cannot award until its secret is given back.
          counts.unopened.push(row.organizationId);
          continue;
        }
        if (!opened.withPrevious) continue;
        await repo.resealIssuerKey(
          db,
          row.organizationId,
          sealIssuerKey(sessionSecret, row.organizationId, opened.key),
        );
        counts.resealed++;
      }
      return counts;
    },

    async issue(
      tx: Executor,
      input: {
        organizationId: string;
        submissionId: string;
        earner: { id: string; name: string };
        microCredential: MicroCredentialRow;
        /** The practice the credential is aligned to, read by the caller before its transaction. */
        practice: Awaited<ReturnType<PracticeTitleOf>>;
        validFrom: Date;
      },
    ) {
      const { microCredential: mc, organizationId } = input;
      const organization = found(await repo.organization(tx, organizationId));
      const { practice } = input;
      // The credential is written in the district's words as authored: English first, else Spanish.
      const text = (value: Parameters<typeof pick>[0]) => pick(value, 'en');
      const id = randomUUID();
      const unsigned = openBadgeCredential({
        credentialId: id,
        issuer: { id: issuerUrl(publicUrl, organizationId), name: organization.name, url: publicUrl },
        earner: { name: input.earner.name },
        achievement: {
          id: `urn:uuid:${mc.id}`,
          name: text(mc.title),
          description: text(mc.description),
          criteria: `${text(mc.competency)} — ${text(mc.keyMethod)}`,
          alignment: practice
            ? {
                name: text(practice.title),
                url: `${publicUrl}/frameworks/practices/${practice.id}`,
                code: practice.code,
              }
            : null,
        },
        validFrom: input.validFrom.toISOString(),
      });
      const signed = await signCredential(
        unsigned,
        await signingKey(tx, organizationId),
        { verificationMethod: keyUrl(publicUrl, organizationId), created: input.validFrom.toISOString() },
        documentLoader,
      );
      return repo.issue(tx, {
        id,
        organizationId,
        submissionId: input.submissionId,
        earnerId: input.earner.id,
        document: signed,
        issuedAt: input.validFrom,
      });
    },

    /** Public (no sign-in): the district as an issuer, with the key its credentials are signed with. */
    async profile(organizationId: string) {
      const organization = found(await repo.organization(db, organizationId));
      const key = await repo.issuerKey(db, organizationId);
      return issuerProfile(publicUrl, organization, key?.publicKeyMultibase ?? null);
    },

    /**
     * Public: an issued credential, what the independent verifier says of its signature now, and
     * whether the district revoked it (the date only: the reason stays inside the district).
     */
    async publicCredential(id: string): Promise<PublicCredential> {
      const row = found(await repo.issued(db, id));
      const document = row.document as ReturnType<typeof openBadgeCredential> & Record<string, unknown>;
      const result = await verifyOpenBadge(document, documentLoader);
      return {
        id: row.id,
        earnerName: document.credentialSubject.name,
        achievement: document.credentialSubject.achievement.name,
        issuerName: document.issuer.name,
        validFrom: document.validFrom,
        verified: result.verified,
        verificationError: result.error,
        revokedAt: row.revokedAt?.toISOString() ?? null,
        credential: document,
      };
    },
  };
}
