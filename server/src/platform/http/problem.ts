import type { Problem } from '#core/contracts/common';

type ProblemInit = {
  status: number;
  slug: string;
  title: string;
  detail?: string;
  errors?: { path: string; message: string }[];
  extra?: Record<string, unknown>;
};

/** An error that becomes an RFC 9457 problem response; services throw these, routes never build responses by hand. */
export class HttpProblem extends Error {
  readonly status: number;
  readonly slug: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: { path: string; message: string }[] | undefined;
  readonly extra: Record<string, unknown>;

  constructor(init: ProblemInit) {
    super(init.detail ?? init.title);
    this.status = init.status;
    this.slug = init.slug;
    this.title = init.title;
    this.detail = init.detail;
    this.errors = init.errors;
    this.extra = init.extra ?? {};
  }

  toJSON(): Problem & Record<string, unknown> {
    return {
      type: problemType(this.slug),
      title: this.title,
      status: this.status,
      ...(this.detail ? { detail: this.detail } : {}),
      ...(this.errors ? { errors: this.errors } : {}),
      ...this.extra,
    };
  }
}

/** Problem types are relative URIs documented in docs/api.md. */
export const problemType = (slug: string) => `/problems/${slug}`;

export const badRequest = (detail: string, errors?: { path: string; message: string }[]) =>
  new HttpProblem({ status: 400, slug: 'validation', title: 'Invalid request', detail, errors });
export const unauthorized = (detail = 'Sign in to continue.') =>
  new HttpProblem({ status: 401, slug: 'unauthorized', title: 'Not signed in', detail });
export const forbidden = (detail = 'You do not have permission to do this.') =>
  new HttpProblem({ status: 403, slug: 'forbidden', title: 'Not allowed', detail });
export const notFound = (detail = 'We could not find that.') =>
  new HttpProblem({ status: 404, slug: 'not-found', title: 'Not found', detail });
export const conflict = (detail: string, extra?: Record<string, unknown>) =>
  new HttpProblem({ status: 409, slug: 'conflict', title: 'Conflict', detail, extra });
export const unprocessable = (detail: string, errors?: { path: string; message: string }[]) =>
  new HttpProblem({ status: 422, slug: 'unprocessable', title: 'Cannot do that', detail, errors });
export const tooManyRequests = (detail: string, retryAfterSeconds: number) =>
  new HttpProblem({
    status: 429,
    slug: 'rate-limited',
    title: 'Too many attempts',
    detail,
    extra: { retryAfterSeconds },
  });
