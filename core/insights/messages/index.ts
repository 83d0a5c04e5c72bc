import type { Locale } from '../../domain/roles';
import type { RuleId } from '../ruleset';
import { messagesEn, partsEn } from './en';
import { messagesEs, partsEs } from './es';

export const MESSAGES: Record<Locale, Record<RuleId, string>> = { en: messagesEn, es: messagesEs };
export const PARTS: Record<Locale, typeof partsEn> = { en: partsEn, es: partsEs };
export type Parts = typeof partsEn;

const PLACEHOLDER = /\{(\w+)\}/g;

/** Fill {placeholders}; an unknown placeholder stays visible rather than vanishing. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(PLACEHOLDER, (whole, key: string) =>
    Object.hasOwn(params, key) ? String(params[key]) : whole,
  );
}
