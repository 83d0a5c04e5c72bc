export { walkClosedNotifier } from './walk-closed-notice';
export { walksRoutes } from './walks.routes';
export { createWalksService, type WalkClosedNotifier, type WalksService } from './walks.service';
