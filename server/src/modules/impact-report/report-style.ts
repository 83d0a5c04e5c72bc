/** One look for every page: a board-ready palette and type scale (Helvetica: built into every PDF reader). */
export const STYLE = {
  margin: 60,
  font: 'Helvetica',
  bold: 'Helvetica-Bold',
  italic: 'Helvetica-Oblique',
  ink: '#1f2933',
  muted: '#52606d',
  faint: '#9aa5b1',
  grid: '#d9e2ec',
  accent: '#2f6fb0',
  accentSoft: '#dbe8f5',
  target: '#b83232',
  callout: '#fff6e0',
  calloutBorder: '#e0b44c',
} as const;

// Helvetica speaks WinAnsi: the Latin letters of English and Spanish plus these; anything else
// would print as garbage, so it becomes a plain look-alike or a question mark.
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const LOOK_ALIKE: Record<string, string> = { '≥': '>=', '≤': '<=', '−': '-', '→': '->', '\u00a0': ' ', '\u202f': ' ' };

export function printable(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\n' || (code >= 32 && code < 127) || (code >= 160 && code <= 255) || WIN_ANSI_EXTRA.has(ch)) out += ch;
    else out += LOOK_ALIKE[ch] ?? (code < 32 ? ' ' : '?');
  }
  return out;
}
