import type { Locale } from '../domain/roles';

/*
 * The texts of import issues, in English and Spanish: keyed templates whose `{name}` placeholders
 * take the variable parts (codes, counts, column names). Only `message` is translated: an issue's
 * `path` ("row 4: look_for_text", "domains[0].code", "CFItems[3]") is machine-stable and stays the
 * same in every language. Spanish speaks to a teacher or admin as "tú".
 */
export const IMPORT_MESSAGES = {
  // ---- Shared by every format ----
  'file.notText': { en: 'The file content must be text.', es: 'El contenido del archivo debe ser texto.' },
  'file.empty': { en: 'The file is empty.', es: 'El archivo está vacío.' },
  'file.tooLarge': {
    en: 'The file is too large ({length} characters; at most {max}).',
    es: 'El archivo es demasiado grande ({length} caracteres; como máximo {max}).',
  },
  'file.unreadable': {
    en: 'The file could not be read ({detail}).',
    es: 'No se pudo leer el archivo ({detail}).',
  },
  'file.moreIssuesOne': {
    en: '…and {count} more issue. Fix these first, then import again.',
    es: '…y {count} problema más. Corrige estos primero y vuelve a importar.',
  },
  'file.moreIssuesMany': {
    en: '…and {count} more issues. Fix these first, then import again.',
    es: '…y {count} problemas más. Corrige estos primero y vuelve a importar.',
  },
  'json.invalid': { en: 'The file is not valid JSON{detail}.', es: 'El archivo no es JSON válido{detail}.' },
  'json.detailLine': { en: ' (line {line}, column {column})', es: ' (línea {line}, columna {column})' },
  'json.detailPosition': { en: ' (at character {position})', es: ' (en el carácter {position})' },
  'json.isCase': {
    en: 'This looks like a CASE package (it has a CFDocument): import it as CASE, not JSON.',
    es: 'Parece un paquete CASE (tiene un CFDocument): impórtalo como CASE, no como JSON.',
  },

  // ---- CSV ----
  'csv.unclosedQuote': {
    en: 'A quoted cell that starts on this row is never closed: add the missing closing quote (").',
    es: 'Una celda entre comillas que empieza en esta fila nunca se cierra: agrega la comilla de cierre que falta (").',
  },
  'csv.unnamedColumn': {
    en: 'This column has values but no name.',
    es: 'Esta columna tiene valores pero no tiene nombre.',
  },
  'csv.unknownColumn': {
    en: 'Unknown column {name}. The columns are: {columns}.',
    es: 'La columna {name} no se reconoce. Las columnas son: {columns}.',
  },
  'csv.repeatedColumn': { en: 'The column {column} appears twice.', es: 'La columna {column} aparece dos veces.' },
  'csv.missingColumn': {
    en: 'The header has no {column} column.',
    es: 'Al encabezado le falta la columna {column}.',
  },
  'csv.domainDiffers': {
    en: 'Domain {code} already has a different {field} on row {row} ({value}). Repeat the same value or leave the cell empty.',
    es: 'El dominio {code} ya tiene otro valor en {field} en la fila {row} ({value}). Repite el mismo valor o deja la celda vacía.',
  },
  'csv.practiceDiffers': {
    en: 'Practice {code} already has a different {field} on row {row} ({value}). Repeat the same value or leave the cell empty.',
    es: 'La práctica {code} ya tiene otro valor en {field} en la fila {row} ({value}). Repite el mismo valor o deja la celda vacía.',
  },
  'csv.listDiffers': {
    en: 'Practice {code} already has different {field} on row {row}. Repeat the same list or leave the cell empty.',
    es: 'La práctica {code} ya tiene otra lista en {field} en la fila {row}. Repite la misma lista o deja la celda vacía.',
  },
  'csv.levelDiffers': {
    en: 'Practice {code} already has a different {field} on row {row}. Repeat the same value or leave the cell empty.',
    es: 'La práctica {code} ya tiene otro valor en {field} en la fila {row}. Repite el mismo valor o deja la celda vacía.',
  },
  'csv.tooManyCells': {
    en: 'This row has {cells} cells but the header has {columns}: is a value missing its quotes?',
    es: 'Esta fila tiene {cells} celdas, pero el encabezado tiene {columns}: ¿a algún valor le faltan las comillas?',
  },
  'csv.domainCode': {
    en: 'Give the domain code (there is no row above to continue).',
    es: 'Escribe el código del dominio (no hay una fila anterior que continuar).',
  },
  'csv.practiceCode': { en: 'Give the practice code.', es: 'Escribe el código de la práctica.' },
  'csv.practiceInOtherDomain': {
    en: 'Practice {code} is already in domain {domain} (row {row}); a practice code can belong to one domain only.',
    es: 'La práctica {code} ya está en el dominio {domain} (fila {row}); un código de práctica solo puede pertenecer a un dominio.',
  },
  'csv.lookForText': { en: 'Give the look-for text.', es: 'Escribe el texto del indicador observable.' },
  'csv.lookForCode': { en: 'Give the look-for code.', es: 'Escribe el código del indicador observable.' },
  'csv.noRows': {
    en: 'The file has no rows after the header.',
    es: 'El archivo no tiene filas después del encabezado.',
  },
  'csv.domainTitle': { en: 'Give the title of domain {code}.', es: 'Escribe el título del dominio {code}.' },
  'csv.practiceTitle': { en: 'Give the title of practice {code}.', es: 'Escribe el título de la práctica {code}.' },
  'csv.someLevels': {
    en: 'Practice {code} has {given} but not {missing}: give all four levels or none.',
    es: 'La práctica {code} tiene {given} pero no {missing}: escribe los cuatro niveles o ninguno.',
  },
  'csv.noLookFor': {
    en: 'Practice {code} has no look-for: give at least one row with look_for_code and look_for_text.',
    es: 'La práctica {code} no tiene indicadores observables: agrega al menos una fila con look_for_code y look_for_text.',
  },
  // Column names as words inside a sentence (the path keeps the column's own name).
  'column.domain_title': { en: 'domain title', es: 'domain_title' },
  'column.domain_description': { en: 'domain description', es: 'domain_description' },
  'column.practice_title': { en: 'practice title', es: 'practice_title' },
  'column.practice_description': { en: 'practice description', es: 'practice_description' },
  'column.plan_terms': { en: 'plan terms', es: 'plan_terms' },
  'column.strategy_cards': { en: 'strategy cards', es: 'strategy_cards' },
  'column.level_1': { en: 'level 1', es: 'level_1' },
  'column.level_2': { en: 'level 2', es: 'level_2' },
  'column.level_3': { en: 'level 3', es: 'level_3' },
  'column.level_4': { en: 'level 4', es: 'level_4' },

  // ---- CASE ----
  'case.invalidJson': {
    en: 'The file is not valid JSON{detail}, so it cannot be a CASE package.',
    es: 'El archivo no es JSON válido{detail}, así que no puede ser un paquete CASE.',
  },
  'case.notObject': {
    en: 'A CASE package is a JSON object with a CFDocument.',
    es: 'Un paquete CASE es un objeto JSON con un CFDocument.',
  },
  'case.isConecta': {
    en: 'This is a Conecta framework file: import it as JSON, not CASE.',
    es: 'Este es un archivo de marco de Conecta: impórtalo como JSON, no como CASE.',
  },
  'case.noDocument': {
    en: 'The package has no CFDocument: is it a CASE CFPackage?',
    es: 'El paquete no tiene CFDocument: ¿es un CFPackage de CASE?',
  },
  'case.noTitle': { en: 'The CFDocument has no title.', es: 'El CFDocument no tiene título.' },
  'case.noItems': { en: 'The package has no CFItems.', es: 'El paquete no tiene CFItems.' },
  'case.noIdentifier': { en: 'This item has no identifier.', es: 'Este elemento no tiene identifier.' },
  'case.tooDeep': {
    en: 'Items nest more than {max} levels deep under the CFDocument. Conecta frameworks have three levels: domains → practices → look-fors.',
    es: 'Los elementos se anidan más de {max} niveles bajo el CFDocument. Los marcos de Conecta tienen tres niveles: dominios → prácticas → indicadores observables.',
  },
  'case.nothingAttached': {
    en: 'No item is attached to the CFDocument (no isChildOf association points at it), so there is nothing to import.',
    es: 'Ningún elemento está unido al CFDocument (ninguna asociación isChildOf apunta a él), así que no hay nada que importar.',
  },
  'case.tooManyDomains': {
    en: 'The document has {count} top-level items; a framework has at most {max} domains.',
    es: 'El documento tiene {count} elementos de primer nivel; un marco tiene como máximo {max} dominios.',
  },
  'case.emptyDomain': {
    en: '{item} is a domain with nothing under it. Conecta frameworks have three levels: domains (items under the document) → practices → look-fors.',
    es: '{item} es un dominio sin nada debajo. Los marcos de Conecta tienen tres niveles: dominios (elementos bajo el documento) → prácticas → indicadores observables.',
  },
  'case.tooManyPractices': {
    en: '{item} has {count} practices; a domain has at most {max}.',
    es: '{item} tiene {count} prácticas; un dominio tiene como máximo {max}.',
  },
  'case.practiceWithoutLookFors': {
    en: '{item} is a practice (second level) with no look-fors under it. Conecta frameworks have three levels: domains (items under the document) → practices → look-fors.',
    es: '{item} es una práctica (segundo nivel) sin indicadores observables debajo. Los marcos de Conecta tienen tres niveles: dominios (elementos bajo el documento) → prácticas → indicadores observables.',
  },
  'case.tooManyLookFors': {
    en: '{item} has {count} look-fors; a practice has at most {max}.',
    es: '{item} tiene {count} indicadores observables; una práctica tiene como máximo {max}.',
  },
  'case.fourthLevel': {
    en: '{item} has items under it (a fourth level). Conecta frameworks have three levels: domains (items under the document) → practices → look-fors. Move or remove the deeper items.',
    es: '{item} tiene elementos debajo (un cuarto nivel). Los marcos de Conecta tienen tres niveles: dominios (elementos bajo el documento) → prácticas → indicadores observables. Mueve o quita los elementos más profundos.',
  },
  'case.noStatement': { en: 'This item has no fullStatement.', es: 'Este elemento no tiene fullStatement.' },

  // ---- The document's schema (Zod issues) ----
  'schema.tooLong': {
    en: 'Too long: at most {maximum} characters.',
    es: 'Demasiado largo: como máximo {maximum} caracteres.',
  },
  'schema.emptyText': { en: 'Give the text (it is empty).', es: 'Escribe el texto (está vacío).' },
  'schema.tooMany': {
    en: 'Too many {name}: at most {maximum}.',
    es: 'Sobrepasa el límite: como máximo {maximum} {name}.',
  },
  'schema.tooFew': { en: 'Give at least {minimum} {name}.', es: 'Indica al menos {minimum} {name}.' },
  'schema.noLookFor': {
    en: 'Give at least one look-for for each practice.',
    es: 'Indica al menos un indicador observable para cada práctica.',
  },
  'schema.noPractice': {
    en: 'Give at least one practice for each domain.',
    es: 'Indica al menos una práctica para cada dominio.',
  },
  'schema.noDomain': { en: 'Give at least one domain.', es: 'Indica al menos un dominio.' },
  'schema.tooBig': { en: 'Too large: at most {maximum}.', es: 'Demasiado grande: como máximo {maximum}.' },
  'schema.tooSmall': { en: 'Too small: at least {minimum}.', es: 'Demasiado pequeño: como mínimo {minimum}.' },
  'schema.required': { en: 'This is required.', es: 'Este dato es obligatorio.' },
  'schema.wrongType': { en: 'Expected {expected}.', es: 'Se esperaba {expected}.' },
  'schema.oneValue': { en: 'Use {value}.', es: 'Usa {value}.' },
  'schema.oneOfValues': { en: 'Use one of: {values}.', es: 'Usa uno de estos valores: {values}.' },
  'schema.unknownKey': {
    en: 'Unknown field {keys}: remove it.',
    es: 'El campo {keys} no se reconoce: quítalo.',
  },
  'schema.unknownKeys': {
    en: 'Unknown fields {keys}: remove them.',
    es: 'Los campos {keys} no se reconocen: quítalos.',
  },
  'schema.url': {
    en: 'Give a web address that starts with http:// or https://.',
    es: 'Escribe una dirección web que empiece por http:// o https://.',
  },
  'schema.format': { en: 'The format is not valid.', es: 'El formato no es válido.' },
  'schema.invalid': { en: 'Invalid value.', es: 'Valor no válido.' },
  // The contract's own messages (core/contracts/frameworks.ts), by their English text below.
  'schema.code': {
    en: 'Use letters, digits, dots, dashes or underscores.',
    es: 'Usa letras, dígitos, puntos, guiones o guiones bajos.',
  },
  'schema.localizedText': {
    en: 'Give the text in English or Spanish.',
    es: 'Escribe el texto en inglés o en español.',
  },
  'schema.levels': {
    en: 'Give the four levels 1, 2, 3 and 4 in order, or none.',
    es: 'Indica los cuatro niveles 1, 2, 3 y 4 en orden, o ninguno.',
  },
  'schema.domainCode': { en: 'Each domain needs its own code.', es: 'Cada dominio necesita su propio código.' },
  'schema.practiceCode': { en: 'Each practice needs its own code.', es: 'Cada práctica necesita su propio código.' },
  'schema.lookForCode': {
    en: 'Each look-for of a practice needs its own code.',
    es: 'Cada indicador observable de una práctica necesita su propio código.',
  },
  // Names inside schema messages.
  'list.domains': { en: 'domains', es: 'dominios' },
  'list.practices': { en: 'practices in a domain', es: 'prácticas en un dominio' },
  'list.lookFors': { en: 'look-fors in a practice', es: 'indicadores observables en una práctica' },
  'list.planTerms': { en: 'plan terms', es: 'términos de planificación' },
  'list.resourceIds': { en: 'strategy cards', es: 'tarjetas de estrategia' },
  'list.items': { en: 'items', es: 'elementos' },
  'type.string': { en: 'text', es: 'texto' },
  'type.number': { en: 'a number', es: 'un número' },
  'type.array': { en: 'a list', es: 'una lista' },
  'type.object': { en: 'an object', es: 'un objeto' },
  'type.boolean': { en: 'true or false', es: 'true o false' },
  'type.other': { en: 'another kind of value', es: 'otro tipo de valor' },
} as const satisfies Record<string, Record<Locale, string>>;

export type MessageKey = keyof typeof IMPORT_MESSAGES;
export type MessageParams = Record<string, string | number>;

/** Writes a message in one language: `{name}` placeholders take `params` (an unknown one is left as is). */
export type Translate = ((key: MessageKey, params?: MessageParams) => string) & { readonly locale: Locale };

/** The language of a parser's messages: Spanish when asked for, else English. */
export const messageLocale = (value: unknown): Locale => (value === 'es' ? 'es' : 'en');

export function translator(locale: Locale | undefined): Translate {
  const language = messageLocale(locale);
  const t = (key: MessageKey, params: MessageParams = {}) =>
    IMPORT_MESSAGES[key][language].replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  return Object.assign(t, { locale: language });
}

/** The placeholders of a template, sorted: the same in both languages (a test checks). */
export const placeholders = (template: string): string[] =>
  [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();

/** Turns the contract's English custom messages back into catalog keys. */
export const CONTRACT_MESSAGES: ReadonlyMap<string, MessageKey> = new Map(
  (
    [
      'schema.code',
      'schema.localizedText',
      'schema.levels',
      'schema.domainCode',
      'schema.practiceCode',
      'schema.lookForCode',
    ] as const
  ).map((key) => [IMPORT_MESSAGES[key].en, key]),
);
