/*
 * Words the goal checker looks for, in English and Spanish, written without accents: the text is
 * lower-cased and stripped of diacritics before matching, so "niños" is "ninos" and "año" is "ano".
 * Both languages are checked whatever the interface language: teachers mix them.
 */

/** Who a goal is about (PEDAGOGY.md §4: "a coaching cycle's goal is about students"). */
export const STUDENT_WORDS = [
  // English
  'students?',
  'learners?',
  'pupils?',
  'kids',
  'child(?:ren)?',
  'scholars',
  'readers',
  'writers',
  'mathematicians',
  'ells',
  'classmates',
  // Spanish
  'alumn[oa]s?',
  'alumnado',
  'estudiantes?',
  'nin[oa]s',
  'chic[oa]s',
  'aprendices',
  'educandos',
  'lectores',
  'escritores',
  'jovenes',
  'adolescentes',
];

/**
 * Openings that describe the teacher's own actions; with no students named, a goal that starts
 * like this is about teaching rather than learning.
 */
export const TEACHER_OPENINGS = [
  "i(?: will|'ll| am going to|'m going to| want to| plan to| would like to| need to| hope to)",
  'my (?:goal|aim|objective) is to',
  'to (?:use|implement|improve|try|model|plan|ask|include|introduce)',
  'use',
  'implement',
  '(?:yo )?voy a',
  '(?:yo )?quiero',
  'mi (?:meta|objetivo|proposito) es',
  'planeo',
  'pienso',
  'me propongo',
  '(?:usar|implementar|mejorar|aplicar|modelar|planificar|incluir)',
  '(?:usare|implementare|mejorare|aplicare|modelare|planificare|incluire)',
];

export const MONTHS = [
  // English ("may" is handled apart: it is also a verb)
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  // Spanish
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'setiembre',
  'octubre',
  'noviembre',
  'diciembre',
];

/** Spans of school time. */
export const TIME_UNITS = [
  'days?',
  'weeks?',
  'months?',
  'terms?',
  'semesters?',
  'trimesters?',
  'quarters?',
  'units?',
  'years?',
  'break',
  'holidays?',
  'vacation',
  'dias?',
  'semanas?',
  'mes',
  'meses',
  'trimestres?',
  'semestres?',
  'bimestres?',
  'cuatrimestres?',
  'periodos?',
  'unidad(?:es)?',
  'anos?',
  'curso',
  'vacaciones',
  'receso',
];

/** Words that put a time span or a month in front of a deadline. */
export const TIME_ANCHORS = [
  'by',
  'before',
  'until',
  'till',
  'within',
  'in',
  'over',
  'after',
  'during',
  'end of',
  'this',
  'next',
  'para',
  'antes de',
  'hasta',
  'dentro de',
  'en',
  'al final de',
  'a finales de',
  'a fin de',
  'fin de',
  'durante',
  'este',
  'esta',
  'proxim[oa]s?',
];

/** Words that are a quantity on their own ("two thirds of", "ocho de cada diez"). */
export const NUMBER_WORDS = [
  // English ("one" and "once" are left out: "one-on-one", "once a week" say nothing about how many)
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'fifteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
  'hundred',
  'half',
  'thirds?',
  'percent',
  'per cent',
  'percentage',
  'out of',
  // Spanish
  'dos',
  'tres',
  'cuatro',
  'cinco',
  'seis',
  'siete',
  'ocho',
  'nueve',
  'diez',
  'doce',
  'quince',
  'veinte',
  'treinta',
  'cuarenta',
  'cincuenta',
  'sesenta',
  'setenta',
  'ochenta',
  'noventa',
  'cien',
  'ciento',
  'mitad',
  'tercios?',
  'por ciento',
  'porcentaje',
  'de cada',
];

/** "Grade 7", "7th grade", "unidad 3", "7.º": numbers that name a thing rather than count students. */
export const LABEL_NUMBERS = [
  '(?:grade|grado|year|unit|unidad|lesson|leccion|period|periodo|room|aula|chapter|capitulo|module|modulo|page|pagina|level|nivel|week|semana|standard|estandar)s? ?#?\\d+',
  // Ordinals are written against the number ("7th", "3er", "7.º", which reads "7.o" once normalized).
  '\\d+\\.?(?:st|nd|rd|th|er|ro|do|to|mo|vo|no|o|a)(?![a-z0-9])',
  '\\d+ ?(?:grade|grado)',
];
