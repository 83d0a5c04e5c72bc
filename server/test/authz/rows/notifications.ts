import type { RouteRow } from '../matrix-kit';

export const notificationRows: RouteRow[] = [];
