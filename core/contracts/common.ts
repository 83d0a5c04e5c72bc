import { z } from 'zod';
import { LOCALES } from '../domain/roles';

export const Id = z.string().min(1).max(64).describe('Opaque identifier (a UUID today).');
export const IdParams = z.object({ id: Id });
export const LocaleSchema = z.enum(LOCALES);
export const Timestamp = z.string().describe('ISO 8601 date-time in UTC.');
export const Email = z
  .email()
  .max(254)
  .transform((value) => value.trim().toLowerCase());
export const Name = z.string().trim().min(1).max(200);
/** Passwords: long enough to resist guessing, bounded so hashing cannot be used for denial of service. */
export const Password = z.string().min(10, 'Use at least 10 characters.').max(200);

export const ListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});
export type ListQuery = z.infer<typeof ListQuery>;

export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** RFC 9457 problem details, with `errors` for validation problems. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  currentVersion: z.number().int().optional(),
});
export type Problem = z.infer<typeof Problem>;
