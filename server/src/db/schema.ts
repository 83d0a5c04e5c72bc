// The barrel drizzle-kit reads: every module's tables.
export * from '../modules/audit/audit.table';
export * from '../modules/classes/classes.table';
export * from '../modules/communities/communities.table';
export * from '../modules/cycles/cycles.table';
export * from '../modules/frameworks/frameworks.table';
export * from '../modules/identity/identity.table';
export * from '../modules/inquiry/inquiry.table';
export * from '../modules/library/library.table';
export * from '../modules/meetings/meetings.table';
export * from '../modules/notifications/notifications.table';
export * from '../modules/observations/observations.table';
export * from '../modules/organizations/organizations.table';
export * from '../modules/planning/planning.table';
export * from '../modules/reflections/reflections.table';
export * from '../modules/units/units.table';
export * from '../modules/walks/walks.table';
export * from '../platform/jobs/jobs.table';
