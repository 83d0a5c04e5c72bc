import type { Locale } from '../domain/roles';

/** The texts of row problems in English and Spanish ("tú"); `{name}` placeholders take the variable parts. */
export const ASSESSMENT_MESSAGES = {
  empty: { en: 'The file is empty.', es: 'El archivo está vacío.' },
  notUtf8: {
    en: 'The file is not UTF-8 text. Save it as “CSV UTF-8” and import it again.',
    es: 'El archivo no es texto UTF-8. Guárdalo como «CSV UTF-8» y vuelve a importarlo.',
  },
  noRows: { en: 'The file has a header but no results.', es: 'El archivo tiene encabezado pero ningún resultado.' },
  unclosedQuote: {
    en: 'A quoted cell that starts on this row is never closed: add the missing closing quote (").',
    es: 'Una celda entre comillas que empieza en esta fila nunca se cierra: agrega la comilla de cierre que falta (").',
  },
  studentColumn: {
    en: 'This column identifies students. Import class-level results only: one row per class (or grade) and assessment, never per student.',
    es: 'Esta columna identifica a estudiantes. Importa solo resultados por curso: una fila por curso (o grado) y evaluación, nunca por estudiante.',
  },
  unknownColumn: {
    en: 'Unknown column. Use the template’s columns: {columns}.',
    es: 'Columna desconocida. Usa las columnas de la plantilla: {columns}.',
  },
  duplicateColumn: { en: 'This column appears twice.', es: 'Esta columna aparece dos veces.' },
  missingColumn: { en: 'The required column is missing.', es: 'Falta esta columna obligatoria.' },
  cellCount: {
    en: 'This row has {found} cells; the header has {expected}.',
    es: 'Esta fila tiene {found} celdas; el encabezado tiene {expected}.',
  },
  required: { en: 'Required.', es: 'Obligatorio.' },
  tooLong: { en: 'At most {max} characters.', es: 'Como máximo {max} caracteres.' },
  schoolYear: {
    en: 'A school year as four digits, the year it ends (e.g. 2026 for 2025–26).',
    es: 'Un año escolar de cuatro dígitos, el año en que termina (p. ej. 2026 para 2025–26).',
  },
  date: {
    en: 'A date as YYYY-MM-DD (e.g. 2026-03-15).',
    es: 'Una fecha con el formato AAAA-MM-DD (p. ej. 2026-03-15).',
  },
  wholeNumber: {
    en: 'A whole number from {min} to {max}.',
    es: 'Un número entero de {min} a {max}.',
  },
  proficientOverTested: {
    en: 'NumberProficient ({proficient}) cannot be more than NumberTested ({tested}).',
    es: 'NumberProficient ({proficient}) no puede ser mayor que NumberTested ({tested}).',
  },
  score: {
    en: 'A number (e.g. 512.5), or leave it empty.',
    es: 'Un número (p. ej. 512.5), o déjalo vacío.',
  },
  scoreComma: {
    en: 'A comma is not allowed in a number in a comma-separated file: write decimals with a point (e.g. 1234.5) and no thousands separator, or save the file with semicolons to use a decimal comma.',
    es: 'Un número no puede llevar coma en un archivo separado por comas: escribe los decimales con punto (p. ej. 1234.5) y sin separador de miles, o guarda el archivo separado por punto y coma para usar coma decimal.',
  },
  duplicateRow: {
    en: 'Same school, assessment, date, grade and section as line {line}.',
    es: 'Misma escuela, evaluación, fecha, grado y sección que la línea {line}.',
  },
  unknownSchool: {
    en: 'No school of your district has this SchoolId. Use the id shown on the import page.',
    es: 'Ninguna escuela de tu distrito tiene este SchoolId. Usa el identificador que aparece en la página de importación.',
  },
  notYourSchool: {
    en: 'You can import results only for your own school.',
    es: 'Solo puedes importar resultados de tu propia escuela.',
  },
  moreIssues: {
    en: '…and {count} more problems. Fix these first, then import again.',
    es: '…y {count} problemas más. Corrige estos primero y vuelve a importar.',
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type AssessmentMessageKey = keyof typeof ASSESSMENT_MESSAGES;
export type AssessmentTranslate = (key: AssessmentMessageKey, vars?: Record<string, string | number>) => string;

export function assessmentMessages(locale: Locale): AssessmentTranslate {
  return (key, vars = {}) =>
    ASSESSMENT_MESSAGES[key][locale].replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in vars ? String(vars[name]) : whole,
    );
}
