import { CONECTA_FRAMEWORK } from '../frameworks/conecta';
import { STARTER_CARDS } from '../library';

/**
 * Built-in Conecta practices → the card practice tags they are about (first = main). The cards
 * themselves come from the framework's own `resourceIds`, so the links live in one place.
 */
export const CONECTA_PRACTICE_TAGS: Readonly<Record<string, readonly string[]>> = {
  'D1.P1': ['objectives', 'planning'],
  'D1.P2': ['objectives', 'feedback'],
  'D1.P3': ['misconceptions'],
  'D1.P4': ['pacing', 'planning'],
  'D1.P5': ['reflection'],
  'D2.P1': ['supports'],
  'D2.P2': ['pacing', 'review'],
  'D2.P3': ['student-talk', 'questioning'],
  'D3.P1': ['modelling'],
  'D3.P2': ['questioning'],
  'D3.P3': ['student-talk'],
  'D3.P4': ['review'],
  'D4.P1': ['checks-for-understanding'],
  'D4.P2': ['checks-for-understanding', 'misconceptions'],
  'D4.P3': ['feedback'],
  'D4.P4': ['closure'],
  'D5.P1': ['supports', 'student-talk'],
  'D5.P2': ['supports'],
  'D5.P3': ['supports', 'questioning'],
};

const CONECTA_RESOURCES: ReadonlyMap<string, readonly string[]> = new Map(
  CONECTA_FRAMEWORK.domains.flatMap((d) => d.practices.map((p) => [p.code, p.resourceIds] as const)),
);

/**
 * Words that name each tag in a district's own framework (English and Spanish, lower case, no
 * accents). A term matches at the start of a word, so "question" also finds "questioning".
 */
export const TAG_TERMS: Readonly<Record<string, readonly string[]>> = {
  objectives: [
    'objective',
    'learning target',
    'learning goal',
    'learning intention',
    'objetivo',
    'meta de aprendizaje',
  ],
  'checks-for-understanding': [
    'check for understanding',
    'checks for understanding',
    'checking for understanding',
    'formative',
    'evidence of learning',
    'monitor',
    'comprension',
    'verificacion',
    'formativa',
    'evidencia de aprendizaje',
  ],
  questioning: ['question', 'pregunta'],
  'student-talk': [
    'discussion',
    'talk',
    'discourse',
    'conversation',
    'dialogue',
    'conversacion',
    'discusion',
    'dialogo',
  ],
  supports: [
    'differentiat',
    'scaffold',
    'support',
    'accommodation',
    'language learner',
    'english learner',
    'inclusi',
    'diferenci',
    'andamiaje',
    'apoyo',
    'adecuacion',
    'diversidad',
  ],
  planning: ['planning', 'lesson plan', 'design', 'planific', 'diseno'],
  reflection: ['reflect', 'professional growth', 'reflexi', 'crecimiento profesional', 'desarrollo profesional'],
  pacing: [
    'pacing',
    'routine',
    'transition',
    'lesson structure',
    'ritmo',
    'rutina',
    'transicion',
    'estructura de la clase',
  ],
  misconceptions: ['misconception', 'mistake', 'error', 'idea erronea', 'ideas erroneas'],
  feedback: ['feedback', 'retroaliment'],
  closure: ['closure', 'exit ticket', 'summar', 'cierre', 'ticket de salida', 'boleto de salida', 'sintesis'],
  modelling: ['model', 'explanation', 'explain', 'worked example', 'modela', 'modelo', 'explicac', 'ejemplo resuelto'],
  review: ['retrieval', 'review', 'recall', 'repaso', 'recuperacion'],
};

/** Lower case, no accents, words separated by single spaces, padded so " term" finds a word start. */
export function fold(text: string): string {
  const plain = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return ` ${plain} `;
}

export type PracticeInput = {
  code: string;
  /** The built-in Conecta framework (its codes mean what CONECTA_PRACTICE_TAGS says). */
  builtIn: boolean;
  title: string;
  description?: string | null;
  lookFors?: readonly string[];
  /** Cards the framework links to the practice (CSV / JSON `resourceIds`). */
  resourceIds?: readonly string[];
};

export type CardInfo = { id: string; title: string; practiceTags: readonly string[] };

/** The starter library, one entry per card (titles in both languages, for matching). */
const LIBRARY: readonly CardInfo[] = (() => {
  const byId = new Map<string, CardInfo>();
  for (const card of STARTER_CARDS) {
    const had = byId.get(card.id);
    byId.set(card.id, {
      id: card.id,
      title: had ? `${had.title} ${card.title}` : card.title,
      practiceTags: card.practiceTags,
    });
  }
  return [...byId.values()];
})();

/** Tags a practice's own words point at, strongest first (title counts double), at most three. */
export function tagsFromText(title: string, more: readonly string[] = []): string[] {
  const head = fold(title);
  const body = fold(more.join(' '));
  const scores: [string, number][] = [];
  for (const [tag, terms] of Object.entries(TAG_TERMS)) {
    let score = 0;
    for (const term of terms) {
      if (head.includes(` ${term}`)) score += 2;
      if (body.includes(` ${term}`)) score += 1;
    }
    if (score > 0) scores.push([tag, score]);
  }
  scores.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const top = scores[0]?.[1] ?? 0;
  return scores
    .filter(([, s]) => s * 3 >= top)
    .slice(0, 3)
    .map(([tag]) => tag);
}

/** Words every practice and card uses, which say nothing about the topic. */
const COMMON_STEMS = new Set([
  'studen',
  'estudi',
  'teache',
  'docent',
  'lesson',
  'learni',
  'aprend',
  'classr',
  'everyo',
]);

/** Content words of six letters or more, cut to six, so "questions" and "questioning" meet. */
const stems = (text: string) =>
  new Set(
    fold(text)
      .trim()
      .split(' ')
      .filter((w) => w.length >= 6)
      .map((w) => w.slice(0, 6))
      .filter((s) => !COMMON_STEMS.has(s)),
  );

/**
 * The card tags and cards for a growth-focus practice: the data above for the built-in framework;
 * for a district's own framework, its linked cards plus what its title and look-fors name.
 */
export function practiceMapping(
  practice: PracticeInput,
  cards: readonly CardInfo[] = LIBRARY,
): { practiceTags: string[]; cardIds: string[] } {
  const builtInTags = practice.builtIn ? CONECTA_PRACTICE_TAGS[practice.code] : undefined;
  if (builtInTags) {
    const resources = practice.resourceIds?.length
      ? practice.resourceIds
      : (CONECTA_RESOURCES.get(practice.code) ?? []);
    return { practiceTags: [...builtInTags], cardIds: [...resources] };
  }
  const linked = practice.resourceIds ?? [];
  const textTags = tagsFromText(practice.title, [practice.description ?? '', ...(practice.lookFors ?? [])]);
  const linkedTags = linked.map((id) => cards.find((c) => c.id === id)?.practiceTags[0]).filter((t) => !!t);
  const practiceTags = [...new Set([...textTags, ...(linkedTags as string[])])];
  const titleStems = stems(practice.title);
  const titled = cards.filter((c) => [...stems(c.title)].some((s) => titleStems.has(s))).map((c) => c.id);
  return { practiceTags, cardIds: [...new Set([...linked, ...titled])] };
}
