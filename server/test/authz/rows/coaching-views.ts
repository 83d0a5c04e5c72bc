import type { RouteRow } from '../matrix-kit';

export const coachingViewRows: RouteRow[] = [];
