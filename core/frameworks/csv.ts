/*
 * A small RFC 4180 reader and writer (no CSV library is installed, and core/ must stay pure).
 * Reading is lenient in the ways spreadsheets need: a UTF-8 BOM, CRLF, LF or CR line ends, a
 * comma, semicolon (Excel in Spanish locales) or tab delimiter, and quotes that are not closed
 * where RFC 4180 says they should be. Writing quotes only the fields that need it.
 */

export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

export type CsvRecords = {
  /** Every record, in order; a blank line is a record with one empty field. */
  records: string[][];
  /** The 1-based number of the record whose quoted field is never closed, or null. */
  unclosedQuoteRecord: number | null;
  /**
   * The 1-based physical line each record starts on (same order as `records`): differs from the
   * record number once a quoted field holds a line break.
   */
  recordLines: number[];
};

const QUOTE = 34; // "
const CR = 13;
const LF = 10;

function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The delimiter of the first record (the header row): the candidate that appears most often
 * outside quotes; a comma when none appears (a one-column file) or on a tie.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const source = withoutBom(text);
  const counts = new Map<string, number>(CSV_DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: CsvDelimiter = ',';
  for (const d of CSV_DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

/** Splits CSV text into records of fields (values are not trimmed). */
export function parseCsvRecords(text: string, delimiter: CsvDelimiter = detectDelimiter(text)): CsvRecords {
  const source = withoutBom(text);
  const delim = delimiter.charCodeAt(0);
  const records: string[][] = [];
  const recordLines: number[] = [];
  let line = 1;
  let recordLine = 1;
  let record: string[] = [];
  let field = '';
  let pending = false; // something of the current record has been read
  let unclosedQuoteRecord: number | null = null;
  const n = source.length;
  let i = 0;

  const endRecord = () => {
    record.push(field);
    records.push(record);
    recordLines.push(recordLine);
    record = [];
    field = '';
    pending = false;
  };

  while (i < n) {
    const c = source.charCodeAt(i);
    if (c === QUOTE && field === '') {
      // A quoted field: read to the closing quote; "" inside is one quote.
      pending = true;
      const startRecord = records.length + 1;
      let j = i + 1;
      let value = '';
      let closed = false;
      while (j < n) {
        const q = source.indexOf('"', j);
        if (q === -1) {
          value += source.slice(j);
          j = n;
          break;
        }
        value += source.slice(j, q);
        if (source.charCodeAt(q + 1) === QUOTE) {
          value += '"';
          j = q + 2;
        } else {
          j = q + 1;
          closed = true;
          break;
        }
      }
      if (!closed && unclosedQuoteRecord === null) unclosedQuoteRecord = startRecord;
      line += lineBreaks(source.slice(i, j));
      field = value;
      i = j;
      // Anything after the closing quote up to the delimiter is kept as it is (lenient).
      while (i < n) {
        const d = source.charCodeAt(i);
        if (d === delim || d === CR || d === LF) break;
        field += source[i];
        i++;
      }
      continue;
    }
    if (c === delim) {
      record.push(field);
      field = '';
      pending = true;
      i++;
      continue;
    }
    if (c === CR || c === LF) {
      endRecord();
      i += c === CR && source.charCodeAt(i + 1) === LF ? 2 : 1;
      line += 1;
      recordLine = line;
      continue;
    }
    // An unquoted run: up to the next delimiter or line end.
    let j = i;
    while (j < n) {
      const d = source.charCodeAt(j);
      if (d === delim || d === CR || d === LF) break;
      j++;
    }
    field += source.slice(i, j);
    pending = true;
    i = j;
  }
  if (pending || field !== '' || record.length > 0) endRecord();
  return { records, unclosedQuoteRecord, recordLines };
}

/** Line breaks in a stretch of text (CRLF counts once). */
const lineBreaks = (text: string) => text.match(/\r\n|\r|\n/g)?.length ?? 0;

/** A field as CSV: quoted when it holds the delimiter, a quote, a line break or a leading BOM. */
export function csvField(value: string, delimiter: CsvDelimiter = ','): string {
  const needsQuotes =
    value.includes(delimiter) ||
    value.includes('"') ||
    value.includes('\n') ||
    value.includes('\r') ||
    value.startsWith('\uFEFF');
  return needsQuotes ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Records as CSV text, each record ended by CRLF (RFC 4180). */
export function writeCsvRecords(records: readonly (readonly string[])[], delimiter: CsvDelimiter = ','): string {
  return records.map((record) => `${record.map((v) => csvField(v, delimiter)).join(delimiter)}\r\n`).join('');
}
