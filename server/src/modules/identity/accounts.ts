import { identityRepo } from './identity.repo';

/** What other modules may ask of identity about a person's account (directory work lives in organizations). */
export const accounts = {
  /** The user row in the tenant, or null (also for ids that are not ours). */
  find: identityRepo.findUser,
  /** Signs a person out everywhere (deactivation). */
  endSessions: identityRepo.deleteSessionsOfUser,
};
