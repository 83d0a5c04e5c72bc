import type { FastifyRequest } from 'fastify';
import { isLocale, localeFromAcceptLanguage } from '#core/domain/locale';
import type { Locale } from '#core/domain/roles';

/** API.md: `?locale=`, else the signed-in person's setting, else Accept-Language, else English. */
export function requestLocale(request: FastifyRequest): Locale {
  const query = (request.query ?? {}) as Record<string, unknown>;
  if (isLocale(query.locale)) return query.locale;
  if (request.actor) return request.actor.locale;
  return localeFromAcceptLanguage(request.headers['accept-language']) ?? 'en';
}
