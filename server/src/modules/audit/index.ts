export { type AuditEntry, auditRepo } from './audit.repo';
export { auditRoutes } from './audit.routes';
export { createAuditService } from './audit.service';
