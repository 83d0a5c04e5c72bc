/*
 * Practice frameworks (issue 4), pure: the built-in Conecta Teaching Framework as validated data,
 * the importers (our JSON, our CSV template, CASE CFPackages) and small text helpers. Shared by
 * the server and the browser.
 */
export { parseCasePackage } from './case';
export {
  CONECTA_FRAMEWORK,
  CONECTA_FRAMEWORK_VERSION,
  CONECTA_PRACTICE_CODES,
  type ConectaPracticeTopic,
} from './conecta';
export {
  CSV_DELIMITERS,
  type CsvDelimiter,
  type CsvRecords,
  detectDelimiter,
  parseCsvRecords,
  writeCsvRecords,
} from './csv';
export {
  CSV_REQUIRED_COLUMNS,
  CSV_TEMPLATE_HEADER,
  type CsvColumn,
  frameworkToCsv,
  parseFrameworkCsv,
} from './csv-framework';
export { issueMessage, MAX_ISSUES, type MessageOptions, type ParseResult, schemaIssues } from './issues';
export { parseFrameworkJson } from './json';
export { LEVEL_LABELS } from './levels';
export { CONTRACT_MESSAGES, IMPORT_MESSAGES, type MessageKey, translator } from './messages';
export { documentLocales, planTermsFor, resolveText } from './text';
