import type { Db } from '../../db/client';
import type { NotificationsService } from '../notifications';
import { createAccessTokenUseCases } from './use-cases/access-tokens';
import { createOneTimeLinkUseCases } from './use-cases/one-time-links';
import { createSessionUseCases } from './use-cases/sessions';

type Deps = { db: Db; notifications: NotificationsService; publicUrl: string };

/** Identity's use cases, one service to the rest of the server; each group lives in use-cases/. */
export function createIdentityService(deps: Deps) {
  return {
    ...createSessionUseCases(deps),
    ...createOneTimeLinkUseCases(deps),
    ...createAccessTokenUseCases(deps),
  };
}
export type IdentityService = ReturnType<typeof createIdentityService>;
