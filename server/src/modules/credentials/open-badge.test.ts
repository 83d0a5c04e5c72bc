import { beforeAll, describe, expect, it } from 'vitest';
import { buildPlan, buildTenant, signIn, type Tenant } from '../../../test/factories';
import { json, setupTestApp, testConfig } from '../../../test/test-app';
import { credentialIssuerKeys } from '../../db/schema';
import { CHECKS } from './credentials.test-data';
import { documentLoaderFor } from './vc/contexts';
import { keyUrl } from './vc/issuer';
import { newIssuerKey, openIssuerKey } from './vc/keys';
import { signCredential } from './vc/sign';
import { verifyOpenBadge } from './vc/verify';

/*
 * The signer is ours (jsonld RDFC-1.0 + node:crypto Ed25519); the verifier is Digital Bazaar's
 * (@digitalbazaar/vc + data-integrity + eddsa-rdfc-2022-cryptosuite). Keys are resolved through
 * our own public issuer route, as any outside verifier would, and contexts only from the bundle.
 */
const ctx = setupTestApp();
const { publicUrl, sessionSecret } = testConfig();
let t: Tenant;
let other: Tenant;
let credential: Record<string, any>;

const fromOurRoute = documentLoaderFor(async (url) => {
  if (!url.startsWith(`${publicUrl}/api/v1/public/issuers/`)) return null;
  const [path = '', fragment] = url.slice(publicUrl.length).split('#');
  const response = await ctx.app.inject({ url: path });
  if (response.statusCode !== 200) return null;
  const profile = json(response);
  return fragment === undefined ? profile : profile.assertionMethod.find((m: { id: string }) => m.id === url);
});

const verify = (document: object) => verifyOpenBadge(document, fromOurRoute);

beforeAll(async () => {
  t = await buildTenant(ctx.db);
  other = await buildTenant(ctx.db);
  const coach = await signIn(ctx.app, t.coach.email);
  const teacher = await signIn(ctx.app, t.teacher.email);
  const send = (cookie: string, url: string, payload: object = {}, method: 'POST' | 'PUT' = 'POST') =>
    ctx.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, payload });
  const mc = json(await send(coach, '/credentials', CHECKS));
  const plan = await buildPlan(ctx.db, t.org.id, t.teacher.id);
  const submission = json(await send(teacher, `/credentials/${mc.id}/submissions`));
  await send(
    teacher,
    `/credentials/submissions/${submission.id}/draft`,
    {
      evidence: [
        { requirementId: 'plan', type: 'plan', artefactId: plan.id },
        { requirementId: 'result', type: 'text', text: 'Most chose B.' },
      ],
      reflections: { plan: 'It worked.', result: 'Retaught.' },
    },
    'PUT',
  );
  await send(teacher, `/credentials/submissions/${submission.id}/submit`);
  const earned = json(
    await send(coach, `/credentials/submissions/${submission.id}/review`, {
      scores: [
        { criterionId: 'design', level: 2 },
        { criterionId: 'response', level: 2 },
      ],
    }),
  );
  credential = json(await ctx.app.inject({ url: `/api/v1/public/credentials/${earned.credentialId}` })).credential;
  // Another district with a key of its own.
  await ctx.db
    .insert(credentialIssuerKeys)
    .values({ organizationId: other.org.id, ...newIssuerKey(sessionSecret, other.org.id) });
}, 60_000);

describe('an issued Open Badge', () => {
  it('is an OpenBadgeCredential signed with eddsa-rdfc-2022 that an independent verifier accepts', async () => {
    expect(credential['@context']).toEqual([
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ]);
    expect(credential.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(credential.issuer).toMatchObject({ type: ['Profile'], name: t.org.name });
    expect(credential.credentialSubject.achievement.criteria.narrative).toMatch(/Checking for understanding/);
    expect(credential.proof).toMatchObject({
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
      proofPurpose: 'assertionMethod',
      verificationMethod: keyUrl(publicUrl, t.org.id),
    });
    await expect(verify(credential)).resolves.toMatchObject({ verified: true });
  });

  it.each([
    ['the achievement name', (c: any) => (c.credentialSubject.achievement.name = 'Something else')],
    ['the earner', (c: any) => (c.credentialSubject.name = 'Someone else')],
    ['the date', (c: any) => (c.validFrom = '2020-01-01T00:00:00.000Z')],
    ['the badge name', (c: any) => (c.name = 'Changed')],
    ['the proof value', (c: any) => (c.proof.proofValue = `${c.proof.proofValue.slice(0, -4)}abcd`)],
  ])('fails when %s changes', async (_what, change) => {
    const tampered = structuredClone(credential);
    change(tampered);
    await expect(verify(tampered)).resolves.toMatchObject({ verified: false });
  });

  it('does not verify with another district’s key, nor when signed by another district', async () => {
    const pointed = structuredClone(credential);
    pointed.proof.verificationMethod = keyUrl(publicUrl, other.org.id);
    await expect(verify(pointed)).resolves.toMatchObject({ verified: false });

    // Really signed by the other district's key, still naming our district as issuer.
    const [row] = await ctx.db.select().from(credentialIssuerKeys);
    const otherKey = (await ctx.db.select().from(credentialIssuerKeys)).find((k) => k.organizationId === other.org.id)!;
    expect(row).toBeDefined();
    const { proof: _proof, ...unsigned } = structuredClone(credential);
    const forged = await signCredential(
      unsigned as { '@context': unknown },
      openIssuerKey(sessionSecret, other.org.id, otherKey.sealedPrivateKey),
      { verificationMethod: keyUrl(publicUrl, other.org.id), created: new Date().toISOString() },
      fromOurRoute,
    );
    await expect(verify(forged)).resolves.toMatchObject({ verified: false });
    // The same forgery with our key id: the signature does not match our public key.
    const borrowed = structuredClone(forged);
    borrowed.proof.verificationMethod = keyUrl(publicUrl, t.org.id);
    await expect(verify(borrowed)).resolves.toMatchObject({ verified: false });
  });

  it('never fetches: a context or key outside the bundle and our issuers is refused', async () => {
    const loader = documentLoaderFor();
    await expect(loader('https://example.com/context.json')).rejects.toThrow(/Refusing/);
    const foreign = structuredClone(credential);
    foreign['@context'] = [...foreign['@context'], 'https://example.com/evil-context.json'];
    await expect(verify(foreign)).resolves.toMatchObject({ verified: false });
  });

  it('keeps the private key sealed: another district’s secret material cannot open it', () => {
    const sealed = newIssuerKey(sessionSecret, t.org.id).sealedPrivateKey;
    expect(() => openIssuerKey(sessionSecret, other.org.id, sealed)).toThrow();
    expect(() => openIssuerKey(`${sessionSecret}x`, t.org.id, sealed)).toThrow();
  });
});
