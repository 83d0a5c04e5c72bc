import type { z } from 'zod';
import { FRAMEWORK_LIMITS, type FrameworkDocument, type ImportIssue } from '../contracts/frameworks';
import type { Locale } from '../domain/roles';
import { type CsvDelimiter, detectDelimiter, parseCsvRecords, writeCsvRecords } from './csv';
import {
  codeFromTitle,
  contentIssue,
  failure,
  formatPath,
  guarded,
  type MessageOptions,
  type ParseResult,
  schemaIssues,
  validateDocument,
} from './issues';
import { levelLabelIn } from './levels';
import { type MessageKey, translator } from './messages';
import { planTermsFor, resolveText } from './text';

/**
 * The CSV template: one row per look-for. The header row is required; names are matched without
 * regard to case (spaces and dashes count as underscores), in any order. Domain and practice
 * cells may be repeated on every row of the domain/practice or given only on its first row
 * (then a blank `domain_code`/`practice_code` continues the one above). `plan_terms` and
 * `strategy_cards` are lists separated by `;`. Levels are all four or none per practice.
 */
export const CSV_TEMPLATE_HEADER = [
  'domain_code',
  'domain_title',
  'domain_description',
  'practice_code',
  'practice_title',
  'practice_description',
  'level_1',
  'level_2',
  'level_3',
  'level_4',
  'look_for_code',
  'look_for_text',
  'plan_terms',
  'strategy_cards',
] as const;
export type CsvColumn = (typeof CSV_TEMPLATE_HEADER)[number];

/** Columns a file must have; the others may be left out. */
export const CSV_REQUIRED_COLUMNS: readonly CsvColumn[] = [
  'domain_code',
  'domain_title',
  'practice_code',
  'practice_title',
  'look_for_code',
  'look_for_text',
];

const LEVEL_COLUMNS = ['level_1', 'level_2', 'level_3', 'level_4'] as const;

/** The default framework title of a CSV import that names none. */
const DEFAULT_TITLE: Record<Locale, string> = { en: 'Imported framework', es: 'Marco importado' };

type Cell<T = string> = { value: T; row: number };

type PracticeDraft = {
  code: string;
  row: number;
  domain: DomainDraft;
  title?: Cell;
  description?: Cell;
  levels: (Cell | undefined)[];
  planTerms?: Cell<string[]>;
  cards?: Cell<string[]>;
  lookFors: { code: string; text: string; row: number }[];
};

type DomainDraft = { code: string; row: number; title?: Cell; description?: Cell; practices: PracticeDraft[] };

const at = (row: number, column?: string) => (column ? `row ${row}: ${column}` : `row ${row}`);

const normalizeHeader = (name: string) =>
  name
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

const quoteShort = (value: string) => `“${value.length > 60 ? `${value.slice(0, 59)}…` : value}”`;

function splitList(value: string, lowerCase: Locale | null): string[] {
  const out: string[] = [];
  for (const part of value.split(';')) {
    const item = lowerCase ? part.trim().toLocaleLowerCase(lowerCase) : part.trim();
    if (item !== '' && !out.includes(item)) out.push(item);
  }
  return out;
}

/**
 * Parses our CSV template into a FrameworkDocument whose text is in `locale`. Rows are numbered
 * from 1 with the header as row 1 (a quoted cell spanning lines is still one row); issues read
 * `row 4: look_for_text` in every language (paths are not translated), their messages are in
 * `messages` (English by default). Never throws.
 */
export function parseFrameworkCsv(
  text: string,
  options: { locale: Locale; title?: string } & MessageOptions,
): ParseResult {
  const t = translator(options?.messages);
  const field = (column: string) => t(`column.${column}` as MessageKey);
  return guarded(() => {
    const bad = contentIssue(text, t);
    if (bad) return failure([bad], t);
    const locale: Locale = options?.locale === 'es' ? 'es' : 'en';
    const { records, unclosedQuoteRecord } = parseCsvRecords(text, detectDelimiter(text));
    if (unclosedQuoteRecord !== null)
      return failure([{ path: at(unclosedQuoteRecord), message: t('csv.unclosedQuote') }], t);

    // ---- Header ----
    const header = records[0] ?? [];
    const issues: ImportIssue[] = [];
    const index = new Map<CsvColumn, number>();
    const known = new Set<string>(CSV_TEMPLATE_HEADER);
    header.forEach((raw, i) => {
      const name = normalizeHeader(raw);
      if (name === '') {
        const used = records.slice(1).some((r) => (r[i] ?? '').trim() !== '');
        if (used) issues.push({ path: at(1, `column ${i + 1}`), message: t('csv.unnamedColumn') });
        return;
      }
      if (!known.has(name)) {
        issues.push({
          path: at(1, raw.trim()),
          message: t('csv.unknownColumn', { name: quoteShort(raw.trim()), columns: CSV_TEMPLATE_HEADER.join(', ') }),
        });
        return;
      }
      if (index.has(name as CsvColumn)) {
        issues.push({ path: at(1, name), message: t('csv.repeatedColumn', { column: name }) });
        return;
      }
      index.set(name as CsvColumn, i);
    });
    for (const column of CSV_REQUIRED_COLUMNS)
      if (!index.has(column)) issues.push({ path: at(1, column), message: t('csv.missingColumn', { column }) });
    if (issues.length > 0) return failure(issues, t);

    // ---- Rows ----
    const domains: DomainDraft[] = [];
    const domainByCode = new Map<string, DomainDraft>();
    const practiceByCode = new Map<string, PracticeDraft>();
    let lastDomain: DomainDraft | undefined;
    let lastPractice: PracticeDraft | undefined;
    let dataRows = 0;
    // Practices with a look-for row refused above: "no look-for" would only repeat that issue.
    const refusedLookFor = new Set<PracticeDraft>();

    function agree<K extends 'title' | 'description'>(
      owner: DomainDraft | PracticeDraft,
      key: K,
      value: string,
      row: number,
      column: CsvColumn,
      what: 'csv.domainDiffers' | 'csv.practiceDiffers',
    ) {
      if (value === '') return;
      const current = owner[key];
      if (!current) owner[key] = { value, row };
      else if (current.value !== value)
        issues.push({
          path: at(row, column),
          message: t(what, {
            code: owner.code,
            field: field(column),
            row: current.row,
            value: quoteShort(current.value),
          }),
        });
    }

    function agreeList(practice: PracticeDraft, key: 'planTerms' | 'cards', value: string[], row: number) {
      if (value.length === 0) return;
      const column = key === 'planTerms' ? 'plan_terms' : 'strategy_cards';
      const current = practice[key];
      if (!current) practice[key] = { value, row };
      else if (current.value.join('\u0000') !== value.join('\u0000'))
        issues.push({
          path: at(row, column),
          message: t('csv.listDiffers', { code: practice.code, field: field(column), row: current.row }),
        });
    }

    for (let r = 1; r < records.length; r++) {
      const cells = records[r] as string[];
      const row = r + 1;
      if (cells.every((c) => c.trim() === '')) continue;
      dataRows++;
      if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim() !== '')) {
        issues.push({
          path: at(row),
          message: t('csv.tooManyCells', { cells: cells.length, columns: header.length }),
        });
        continue;
      }
      const cell = (column: CsvColumn) => {
        const i = index.get(column);
        return i === undefined ? '' : (cells[i] ?? '').trim();
      };

      // Domain: given, or continued from the row above.
      const domainCode = cell('domain_code');
      let domain: DomainDraft | undefined;
      if (domainCode === '') {
        domain = lastDomain;
        if (!domain) {
          issues.push({
            path: at(row, 'domain_code'),
            message: t('csv.domainCode'),
          });
          continue;
        }
      } else {
        domain = domainByCode.get(domainCode);
        if (!domain) {
          domain = { code: domainCode, row, practices: [] };
          domainByCode.set(domainCode, domain);
          domains.push(domain);
        }
      }
      agree(domain, 'title', cell('domain_title'), row, 'domain_title', 'csv.domainDiffers');
      agree(domain, 'description', cell('domain_description'), row, 'domain_description', 'csv.domainDiffers');

      // Practice: given, or continued from the row above when the domain continues too.
      const practiceCode = cell('practice_code');
      let practice: PracticeDraft | undefined;
      if (practiceCode === '') {
        if (lastPractice && lastPractice.domain === domain) practice = lastPractice;
        else {
          issues.push({ path: at(row, 'practice_code'), message: t('csv.practiceCode') });
          lastDomain = domain;
          continue;
        }
      } else {
        practice = practiceByCode.get(practiceCode);
        if (practice && practice.domain !== domain) {
          issues.push({
            path: at(row, 'practice_code'),
            message: t('csv.practiceInOtherDomain', {
              code: practiceCode,
              domain: practice.domain.code,
              row: practice.row,
            }),
          });
          continue;
        }
        if (!practice) {
          practice = { code: practiceCode, row, domain, levels: [], lookFors: [] };
          practiceByCode.set(practiceCode, practice);
          domain.practices.push(practice);
        }
      }
      lastDomain = domain;
      lastPractice = practice;
      agree(practice, 'title', cell('practice_title'), row, 'practice_title', 'csv.practiceDiffers');
      agree(practice, 'description', cell('practice_description'), row, 'practice_description', 'csv.practiceDiffers');
      LEVEL_COLUMNS.forEach((column, i) => {
        const value = cell(column);
        if (value === '') return;
        const current = practice.levels[i];
        if (!current) practice.levels[i] = { value, row };
        else if (current.value !== value)
          issues.push({
            path: at(row, column),
            message: t('csv.levelDiffers', { code: practice.code, field: field(column), row: current.row }),
          });
      });
      agreeList(practice, 'planTerms', splitList(cell('plan_terms'), locale), row);
      agreeList(practice, 'cards', splitList(cell('strategy_cards'), null), row);

      // Look-for: a row may carry only domain/practice cells; otherwise it needs both code and text.
      const lookForCode = cell('look_for_code');
      const lookForText = cell('look_for_text');
      if (lookForCode === '' && lookForText === '') continue;
      if (lookForText === '' || lookForCode === '') {
        const column = lookForText === '' ? 'look_for_text' : 'look_for_code';
        issues.push({
          path: at(row, column),
          message: t(column === 'look_for_text' ? 'csv.lookForText' : 'csv.lookForCode'),
        });
        refusedLookFor.add(practice);
        continue;
      }
      practice.lookFors.push({ code: lookForCode, text: lookForText, row });
    }

    if (dataRows === 0) return failure([{ path: at(2), message: t('csv.noRows') }], t);

    for (const domain of domains) {
      if (!domain.title)
        issues.push({ path: at(domain.row, 'domain_title'), message: t('csv.domainTitle', { code: domain.code }) });
      for (const practice of domain.practices) {
        if (!practice.title)
          issues.push({
            path: at(practice.row, 'practice_title'),
            message: t('csv.practiceTitle', { code: practice.code }),
          });
        const given = LEVEL_COLUMNS.filter((_, i) => practice.levels[i]);
        if (given.length > 0 && given.length < 4) {
          const missing = LEVEL_COLUMNS.filter((_, i) => !practice.levels[i]);
          const row = practice.levels.find(Boolean)?.row ?? practice.row;
          issues.push({
            path: at(row, missing[0]),
            message: t('csv.someLevels', { code: practice.code, given: given.join(', '), missing: missing.join(', ') }),
          });
        }
        if (practice.lookFors.length === 0 && !refusedLookFor.has(practice))
          issues.push({
            path: at(practice.row, 'look_for_text'),
            message: t('csv.noLookFor', { code: practice.code }),
          });
      }
    }
    if (issues.length > 0) return failure(issues, t);

    // ---- Document ----
    const title = options?.title?.trim() || DEFAULT_TITLE[locale];
    const local = (value: string) => ({ [locale]: value });
    const candidate = {
      format: 'conecta-framework',
      version: 1,
      code: codeFromTitle(title),
      title: local(title),
      domains: domains.map((domain) => ({
        code: domain.code,
        title: local(domain.title?.value ?? ''),
        ...(domain.description ? { description: local(domain.description.value) } : {}),
        practices: domain.practices.map((practice) => ({
          code: practice.code,
          title: local(practice.title?.value ?? ''),
          ...(practice.description ? { description: local(practice.description.value) } : {}),
          levels:
            practice.levels.filter(Boolean).length === 4
              ? ([1, 2, 3, 4] as const).map((level) => ({
                  level,
                  label: levelLabelIn(level, locale),
                  descriptor: local(practice.levels[level - 1]?.value ?? ''),
                }))
              : [],
          lookFors: practice.lookFors.map((l) => ({ code: l.code, text: local(l.text) })),
          planTerms: practice.planTerms ? { [locale]: practice.planTerms.value } : {},
          resourceIds: practice.cards?.value ?? [],
        })),
      })),
    };
    const parsed = validateDocument(candidate);
    if (parsed.success) return { ok: true, document: parsed.data };
    return failure(
      schemaIssues(parsed.error.issues, t, (issue) => rowPath(issue, domains)),
      t,
    );
  }, t);
}

/** Where a schema issue of the built document came from in the file. */
function rowPath(issue: z.core.$ZodIssue, domains: DomainDraft[]): string {
  const [k0, d, k2, p, k4, i, k6] = issue.path;
  if (k0 !== 'domains') return formatPath(issue.path);
  if (typeof d !== 'number') {
    const over = domains[FRAMEWORK_LIMITS.domains] ?? domains[0];
    return over ? at(over.row, 'domain_code') : 'row 2';
  }
  const domain = domains[d];
  if (!domain) return formatPath(issue.path);
  if (k2 === 'title') return at(domain.title?.row ?? domain.row, 'domain_title');
  if (k2 === 'description') return at(domain.description?.row ?? domain.row, 'domain_description');
  if (k2 !== 'practices') return at(domain.row, 'domain_code');
  if (typeof p !== 'number') {
    const over = domain.practices[FRAMEWORK_LIMITS.practicesPerDomain] ?? domain.practices[0];
    return at(over?.row ?? domain.row, 'practice_code');
  }
  const practice = domain.practices[p];
  if (!practice) return formatPath(issue.path);
  switch (k4) {
    case 'title':
      return at(practice.title?.row ?? practice.row, 'practice_title');
    case 'description':
      return at(practice.description?.row ?? practice.row, 'practice_description');
    case 'levels': {
      const n = typeof i === 'number' ? i : 0;
      return at(practice.levels[n]?.row ?? practice.row, `level_${n + 1}`);
    }
    case 'lookFors': {
      if (typeof i !== 'number') {
        const over = practice.lookFors[FRAMEWORK_LIMITS.lookForsPerPractice] ?? practice.lookFors[0];
        return at(over?.row ?? practice.row, 'look_for_code');
      }
      const lookFor = practice.lookFors[i];
      return at(lookFor?.row ?? practice.row, k6 === 'text' ? 'look_for_text' : 'look_for_code');
    }
    case 'planTerms':
      return at(practice.planTerms?.row ?? practice.row, 'plan_terms');
    case 'resourceIds':
      return at(practice.cards?.row ?? practice.row, 'strategy_cards');
    default:
      return at(practice.row, 'practice_code');
  }
}

/**
 * A framework in our CSV template, text in `locale` (falling back to the other language where a
 * text is missing). Codes are repeated on every row; the other domain and practice cells are
 * written on the first row of their domain/practice only. Level labels are not carried (the CSV
 * reads back with the standard labels). Lines end with CRLF; no BOM (add one when serving the
 * file to spreadsheets if they need it).
 */
export function frameworkToCsv(
  document: FrameworkDocument,
  locale: Locale,
  options: { delimiter?: CsvDelimiter } = {},
): string {
  const rows: string[][] = [[...CSV_TEMPLATE_HEADER]];
  for (const domain of document.domains) {
    domain.practices.forEach((practice, p) => {
      practice.lookFors.forEach((lookFor, l) => {
        const firstOfDomain = p === 0 && l === 0;
        const first = l === 0;
        const levels = first && practice.levels.length === 4 ? practice.levels : null;
        const values: Record<CsvColumn, string> = {
          domain_code: domain.code,
          domain_title: firstOfDomain ? resolveText(domain.title, locale) : '',
          domain_description: firstOfDomain ? (resolveText(domain.description, locale) ?? '') : '',
          practice_code: practice.code,
          practice_title: first ? resolveText(practice.title, locale) : '',
          practice_description: first ? (resolveText(practice.description, locale) ?? '') : '',
          level_1: levels ? resolveText(levels[0]!.descriptor, locale) : '',
          level_2: levels ? resolveText(levels[1]!.descriptor, locale) : '',
          level_3: levels ? resolveText(levels[2]!.descriptor, locale) : '',
          level_4: levels ? resolveText(levels[3]!.descriptor, locale) : '',
          look_for_code: lookFor.code,
          look_for_text: resolveText(lookFor.text, locale),
          plan_terms: first ? planTermsFor(practice, locale).join('; ') : '',
          strategy_cards: first ? practice.resourceIds.join('; ') : '',
        };
        rows.push(CSV_TEMPLATE_HEADER.map((column) => values[column]));
      });
    });
  }
  return writeCsvRecords(rows, options.delimiter ?? ',');
}
