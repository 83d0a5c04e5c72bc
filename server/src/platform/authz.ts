import { forbidden, notFound } from './http/problem';

/**
 * The single gate every service passes before reading or writing. Policies (pure, per module)
 * answer the question; this turns "no" into the right problem. Use `hide` when even saying
 * "forbidden" would reveal that the record exists (another tenant, a private plan).
 */
export function authorize(allowed: boolean, mode: 'forbid' | 'hide' = 'forbid'): asserts allowed {
  if (!allowed) throw mode === 'hide' ? notFound() : forbidden();
}

/** Turns a missing row into a 404; repositories return null for rows outside the actor's tenant. */
export function found<T>(row: T | null | undefined): T {
  if (row === null || row === undefined) throw notFound();
  return row;
}
