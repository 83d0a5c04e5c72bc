export { credentialsRoutes } from './credentials.routes';
export { type CredentialsService, createCredentialsService } from './credentials.service';
export { type EvidenceReaders, ownedSnapshot } from './evidence';
export { credentialFactsFrom } from './impact-facts';
