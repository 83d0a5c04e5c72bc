/**
 * A learning walk's notes are about what was seen across the school, never about a person. The
 * screen reminds the walker; this catches the slips it can: someone's full name, or a title
 * ("Ms.", "Sra.", "profe"…) followed by one of their names. Words alone are never matched, so a
 * note about "a long wait" does not trip on a teacher called Long.
 */

const TITLES = [
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'sr',
  'sra',
  'srta',
  'don',
  'dona',
  'prof',
  'profe',
  'profesor',
  'profesora',
  'maestro',
  'maestra',
  'teacher',
  'coach',
];

/** Lower case, without accents, words separated by one space, padded so whole words can be found with includes. */
export const normalized = (text: string) =>
  ` ${text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/** Whether the text names one of these people (full name, or a title and one of their names). */
export function namesSomeone(text: string, names: readonly string[]): boolean {
  const haystack = normalized(text);
  return names.some((name) => {
    const full = normalized(name);
    const parts = full
      .trim()
      .split(' ')
      .filter((part) => part.length >= 2);
    if (parts.length === 0) return false;
    if (parts.length > 1 && haystack.includes(full)) return true;
    return parts.some((part) => TITLES.some((title) => haystack.includes(` ${title} ${part} `)));
  });
}
