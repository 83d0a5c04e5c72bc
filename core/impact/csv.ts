/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (Excel then reads accents right), CRLF,
 * quoted where needed, and formula injection defused — a cell starting with = + - @ (or a tab or
 * carriage return) gets a leading apostrophe so a spreadsheet shows it as text, never runs it.
 */
export const BOM = '\uFEFF';

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
