import type { RouteRow } from '../matrix-kit';

export const cycleRows: RouteRow[] = [];
