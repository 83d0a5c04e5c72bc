/**
 * A deliberately small English suffix-stripper (not Porter): enough to make inflections of
 * the same word meet ("explains", "explained", "explaining" → "explain"; "compare",
 * "comparing", "compared" → "compar"; "identifies" → "identify"; "planning" → "plan").
 * Lexicon entries go through the same function, so both sides meet even where the stem
 * is not a real word. Input is already lower-case and without diacritics.
 */

const VOWEL = /[aeiouy]/;
const UNDOUBLE = /([bdfgkmnprt])\1$/;

export function stemEn(word: string): string {
  if (word.length <= 3) return word;
  let w = word;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies') || w.endsWith('ied')) w = w.length > 4 ? `${w.slice(0, -3)}y` : w;
  else if (/(ss|us|is)$/.test(w)) {
    // "class", "focus", "analysis" are not plurals.
  } else if (/(ch|sh|x|z|ss)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s')) w = w.slice(0, -1);

  let stripped = false;
  if (w.endsWith('ing') && w.length > 5 && VOWEL.test(w.slice(0, -3))) {
    w = w.slice(0, -3);
    stripped = true;
  } else if (w.endsWith('ed') && w.length > 4 && VOWEL.test(w.slice(0, -2))) {
    w = w.slice(0, -2);
    stripped = true;
  }
  if (stripped && UNDOUBLE.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  // Drop a final silent "e" so "compare" meets "compar(ing)".
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}
