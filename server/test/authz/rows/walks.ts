import type { RouteRow } from '../matrix-kit';

export const walkRows: RouteRow[] = [];
