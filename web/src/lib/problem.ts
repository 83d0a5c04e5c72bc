import { ApiError } from './api';

/**
 * Server validation paths come as "email", "/roles/0/schoolId" or "body.email";
 * forms key their fields by dotted path ("roles.0.schoolId").
 */
export function normalizePath(path: string): string {
  return path
    .replace(/^\/+/, '')
    .replace(/^body[./]/, '')
    .replace(/\//g, '.');
}

/** Field errors from a problem+json response, keyed by normalized path. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || !error.problem?.errors) return {};
  const result: Record<string, string> = {};
  for (const item of error.problem.errors) {
    const key = normalizePath(item.path);
    if (!(key in result)) result[key] = item.message;
  }
  return result;
}
