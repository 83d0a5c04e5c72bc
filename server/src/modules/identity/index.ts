export { accounts } from './accounts';
export { identityRoutes } from './identity.routes';
export { createIdentityService, type IdentityService } from './identity.service';
export { hashPassword } from './passwords';
