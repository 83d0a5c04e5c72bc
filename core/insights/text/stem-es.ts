/**
 * A small Spanish suffix-stripper. It removes the longest known verb or noun ending that
 * leaves a stem of at least three letters, so conjugations of regular verbs meet:
 * "compararán", "comparamos", "comparando", "comparen" → "compar"; "comprenderán" →
 * "comprend"; "explicaré" → "explic". Two spelling changes before -e are undone
 * ("expliquen" → "explic", "organicen" → "organic" = "organizar"). Irregular stems
 * ("sabrán", "entienden") are listed as such in the lexicon. Input is already lower-case
 * and without diacritics ("compararán" arrives as "compararan").
 */

const SUFFIXES = [
  // reflexive infinitives and gerunds: "familiarizarse", "apoyándose"
  'andose',
  'iendose',
  'arse',
  'erse',
  'irse',
  // nouns made from verbs, so "comparación" meets "comparar"
  'aciones',
  'iciones',
  'ciones',
  'acion',
  'icion',
  'cion',
  'mente',
  // verb endings, longest first
  'aremos',
  'eremos',
  'iremos',
  'ariamos',
  'eriamos',
  'iriamos',
  'aramos',
  'ieramos',
  'abamos',
  'iamos',
  'ieron',
  'ieran',
  'iendo',
  'arian',
  'erian',
  'irian',
  'aron',
  'ando',
  'aran',
  'eran',
  'iran',
  'aras',
  'eras',
  'iras',
  'aria',
  'eria',
  'iria',
  'aste',
  'iste',
  'amos',
  'emos',
  'imos',
  'aban',
  'ados',
  'adas',
  'idos',
  'idas',
  'ado',
  'ada',
  'ido',
  'ida',
  'aba',
  'are',
  'ere',
  'ire',
  'ara',
  'era',
  'ira',
  'ian',
  'ias',
  'ar',
  'er',
  'ir',
  'an',
  'en',
  'as',
  'es',
  'os',
  'ia',
  'a',
  'e',
  'o',
] as const;

const MIN_STEM = 3;
const LIGHT_SUFFIXES = ['ar', 'er', 'ir', 'as', 'es', 'os', 'an', 'en', 'a', 'e', 'o'] as const;

function undoSpelling(w: string): string {
  if (w.endsWith('qu')) return `${w.slice(0, -2)}c`;
  if (w.endsWith('gu') && w.length > MIN_STEM) return w.slice(0, -1);
  if (w.endsWith('z')) return `${w.slice(0, -1)}c`;
  return w;
}

/**
 * A second, lighter reading used only to look verbs up. The longest-suffix rule reads
 * "enumera" as enum+era (an imperfect subjunctive ending) although it is enumer+a, the
 * imperative of "enumerar"; dropping only a final vowel or -ar/-er/-ir/-an/-en recovers it.
 */
export function stemEsLight(word: string): string {
  if (word.length <= MIN_STEM) return word;
  for (const suffix of LIGHT_SUFFIXES) {
    if (word.length - suffix.length >= MIN_STEM && word.endsWith(suffix))
      return undoSpelling(word.slice(0, -suffix.length));
  }
  return undoSpelling(word);
}

export function stemEs(word: string): string {
  if (word.length <= MIN_STEM) return word;
  let w = word;
  for (const suffix of SUFFIXES) {
    if (w.length - suffix.length >= MIN_STEM && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  // Undo the orthographic changes of subjunctives and plurals: qu→c, gu→g, z→c.
  return undoSpelling(w);
}
