import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { Problem } from '#core/contracts/common';
import { localizeProblem } from '../i18n/localize-problem';
import { requestLocale } from '../i18n/request-locale';
import { HttpProblem, problemType } from './problem';

const PROBLEM_JSON = 'application/problem+json; charset=utf-8';

/** Maps Fastify's own error codes to problems a person can act on. */
const FRAMEWORK_PROBLEMS: Record<string, { status: number; slug: string; title: string; detail: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    slug: 'too-large',
    title: 'Request too large',
    detail: 'The request body is over 1 MB.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    slug: 'unsupported-media-type',
    title: 'Unsupported media type',
    detail: 'Send JSON with Content-Type: application/json.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    slug: 'malformed',
    title: 'Malformed request',
    detail: 'The Content-Length does not match the body.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    slug: 'malformed',
    title: 'Malformed request',
    detail: 'The JSON body is empty.',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    slug: 'malformed-json',
    title: 'Malformed JSON',
    detail: 'The body is not valid JSON.',
  },
};

type Extra = Record<string, unknown>;

/** The one way a problem leaves the server: RFC 9457 JSON, in the requester's language. */
function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: Problem & Extra, issues: unknown[] = []) {
  const localized = localizeProblem(problem, requestLocale(request), issues as never[]);
  return reply.code(problem.status).type(PROBLEM_JSON).send(localized);
}

export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpProblem) {
      if (error.status === 429 && typeof error.extra.retryAfterSeconds === 'number') {
        reply.header('retry-after', String(error.extra.retryAfterSeconds));
      }
      return sendProblem(request, reply, error.toJSON());
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = error.validation.map((issue) => ({
        // Body fields are named as the client sent them ("name"); query and path parameters keep their context ("querystring.limit").
        path: [
          error.validationContext === 'body' ? null : error.validationContext,
          ...issue.instancePath.split('/').filter(Boolean),
        ]
          .filter(Boolean)
          .join('.'),
        message: issue.message ?? 'Invalid value.',
      }));
      // The original Zod issues, so the messages can be rendered again in Spanish.
      const issues = error.validation.map((issue) => ({
        code: issue.keyword,
        ...issue.params,
        message: issue.message,
      }));
      const problem = {
        type: problemType('validation'),
        title: 'Invalid request',
        status: 400,
        detail: 'Some fields need attention.',
        errors,
      };
      return sendProblem(request, reply, problem, issues);
    }
    const known = error.code ? FRAMEWORK_PROBLEMS[error.code] : undefined;
    if (known || error instanceof SyntaxError) {
      const p = known ?? FRAMEWORK_PROBLEMS.FST_ERR_CTP_INVALID_JSON_BODY!;
      return sendProblem(request, reply, {
        type: problemType(p.slug),
        title: p.title,
        status: p.status,
        detail: p.detail,
      });
    }
    if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(request, reply, {
        type: problemType('bad-request'),
        title: 'Bad request',
        status: error.statusCode,
        detail: error.message,
      });
    }
    if (isResponseSerializationError(error))
      request.log.error({ err: error, issues: error.cause }, 'response did not match its contract');
    else request.log.error({ err: error }, 'unexpected error');
    return sendProblem(request, reply, {
      type: problemType('internal'),
      title: 'Something went wrong',
      status: 500,
      detail: 'The error was logged. Try again.',
    });
  });
}

export function sendNotFoundProblem(request: FastifyRequest, reply: FastifyReply) {
  return sendProblem(request, reply, {
    type: problemType('not-found'),
    title: 'Not found',
    status: 404,
    detail: 'There is no such route.',
  });
}
