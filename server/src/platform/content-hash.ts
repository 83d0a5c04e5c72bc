import { createHash } from 'node:crypto';

/** JSON with sorted keys, so a hash depends on what a value says, not on how its file orders it. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** SHA-256 of the value's canonical JSON: built-in content is rewritten only when this changes. */
export const contentHash = (value: unknown) => createHash('sha256').update(canonical(value)).digest('hex');
