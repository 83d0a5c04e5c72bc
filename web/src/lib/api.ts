import i18n from 'i18next';
import type { Problem } from '#core/contracts/common';

/** An HTTP failure carrying the server's problem+json body (RFC 9457) when there is one. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;

  constructor(status: number, problem: Problem | null) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface RequestOptions {
  method?: Method;
  body?: unknown;
  signal?: AbortSignal;
}

/** Listeners told about every 401, so the app can send the person to sign in from one place. */
const unauthorizedListeners = new Set<() => void>();
/** Where 401 answers a wrong password, not an expired session: never sign the person out for these. */
const EXPECTED_401 = ['/api/v1/auth/', '/api/v1/me/password'];
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => {
    unauthorizedListeners.delete(listener);
  };
}

/**
 * The only way the web app talks to the API.
 * Every non-GET request carries `Content-Type: application/json` (with `{}` when there is nothing
 * to send) because the server's CSRF defence rejects anything a plain HTML form could submit.
 */
export async function api<T = unknown>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': i18n.language || 'en',
  };
  const init: RequestInit = { method, headers, credentials: 'same-origin', signal: options.signal };
  if (method !== 'GET') {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(options.body ?? {});
  }

  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, null);
  }

  if (response.status === 401 && !EXPECTED_401.some((prefix) => path.startsWith(prefix))) {
    for (const listener of unauthorizedListeners) listener();
  }
  const body = await readBody(response);
  if (!response.ok) throw new ApiError(response.status, asProblem(body, response.status));
  return body as T;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204 || response.status === 205) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function asProblem(body: unknown, status: number): Problem | null {
  if (!body || typeof body !== 'object') return null;
  const value = body as Partial<Problem>;
  return {
    type: typeof value.type === 'string' ? value.type : 'about:blank',
    title: typeof value.title === 'string' ? value.title : '',
    status: typeof value.status === 'number' ? value.status : status,
    detail: typeof value.detail === 'string' ? value.detail : undefined,
    errors: Array.isArray(value.errors) ? value.errors : undefined,
  };
}

/** Builds a query string, leaving out empty values so URLs stay readable. */
export function withQuery(path: string, params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
