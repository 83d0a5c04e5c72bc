import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
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

export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpProblem) {
      if (error.status === 429 && typeof error.extra.retryAfterSeconds === 'number') {
        reply.header('retry-after', String(error.extra.retryAfterSeconds));
      }
      return reply.code(error.status).type(PROBLEM_JSON).send(error.toJSON());
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
        message: issue.message,
      }));
      return reply
        .code(400)
        .type(PROBLEM_JSON)
        .send({
          type: problemType('validation'),
          title: 'Invalid request',
          status: 400,
          detail: 'Some fields need attention.',
          errors,
        });
    }
    const known = error.code ? FRAMEWORK_PROBLEMS[error.code] : undefined;
    if (known || error instanceof SyntaxError) {
      const p = known ?? FRAMEWORK_PROBLEMS.FST_ERR_CTP_INVALID_JSON_BODY!;
      return reply
        .code(p.status)
        .type(PROBLEM_JSON)
        .send({ type: problemType(p.slug), title: p.title, status: p.status, detail: p.detail });
    }
    if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      return reply
        .code(error.statusCode)
        .type(PROBLEM_JSON)
        .send({
          type: problemType('bad-request'),
          title: 'Bad request',
          status: error.statusCode,
          detail: error.message,
        });
    }
    if (isResponseSerializationError(error))
      request.log.error({ err: error, issues: error.cause }, 'response did not match its contract');
    else request.log.error({ err: error }, 'unexpected error');
    return reply
      .code(500)
      .type(PROBLEM_JSON)
      .send({
        type: problemType('internal'),
        title: 'Something went wrong',
        status: 500,
        detail: 'The error was logged. Try again.',
      });
  });
}

export function sendNotFoundProblem(reply: import('fastify').FastifyReply, path: string) {
  return reply
    .code(404)
    .type(PROBLEM_JSON)
    .send({ type: problemType('not-found'), title: 'Not found', status: 404, detail: `There is no route ${path}.` });
}
