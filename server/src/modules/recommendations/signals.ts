import type { Locale } from '#core/domain/roles';
import type { Candidate, GradeBand } from '#core/recommend/types';
import type { CatalogCard } from '../library';

/*
 * Pure translations from what the other modules store to the engine's vocabulary (card practice
 * tags, grade bands, candidates). No I/O: the service reads, these shape.
 */

const BANDS: Record<string, GradeBand> = {
  PK: 'K-2',
  K: 'K-2',
  '1': 'K-2',
  '2': 'K-2',
  '3': '3-5',
  '4': '3-5',
  '5': '3-5',
  '6': '6-8',
  '7': '6-8',
  '8': '6-8',
  '9': '9-12',
  '10': '9-12',
  '11': '9-12',
  '12': '9-12',
  adult: '9-12',
};

/** The grade band a class's grade level falls in (the cards are written for four bands). */
export const gradeBandOf = (gradeLevel: string): GradeBand | null => BANDS[gradeLevel] ?? null;

/**
 * Similar classes: (subject, grade level) pairs in the same subject and grade band as any of the
 * person's classes. Subjects compare without case.
 */
export function similarClassKeys(teaching: readonly { subject: string; gradeLevel: string }[]) {
  const keys = new Set<string>();
  for (const { subject, gradeLevel } of teaching) {
    const band = gradeBandOf(gradeLevel);
    if (!band) continue;
    for (const [grade, other] of Object.entries(BANDS))
      if (other === band) keys.add(JSON.stringify([subject.trim().toLowerCase(), grade]));
  }
  return [...keys].map((key) => JSON.parse(key) as [string, string]);
}

/**
 * Each card slug's catalog rows: the one in `locale` first, else the other language. A district's
 * own card wins over a built-in one with the same slug and language (as the library's `find`).
 */
export function cardsBySlug(rows: readonly CatalogCard[], locale: Locale) {
  const bySlug = new Map<string, CatalogCard[]>();
  for (const row of rows) bySlug.set(row.slug, [...(bySlug.get(row.slug) ?? []), row]);
  for (const list of bySlug.values())
    list.sort(
      (a, b) =>
        Number(b.locale === locale) - Number(a.locale === locale) ||
        Number(b.organizationId !== null) - Number(a.organizationId !== null),
    );
  return bySlug;
}

/** Every readable card as a candidate, with the languages it exists in. */
export function cardCandidates(bySlug: Map<string, CatalogCard[]>): Candidate[] {
  return [...bySlug.entries()].map(([slug, rows]) => {
    const card = rows[0]!;
    return {
      kind: 'card',
      id: slug,
      practiceTags: card.practiceTags,
      cardIds: [slug],
      subjects: card.subjects,
      gradeBands: Object.keys(card.gradeBands) as GradeBand[],
      locales: [...new Set(rows.map((row) => row.locale))],
    };
  });
}

/** The tenant's cards as core/recommend's practice mapping reads them (a district's own included). */
export function cardInfos(bySlug: Map<string, CatalogCard[]>) {
  return [...bySlug.entries()].map(([id, rows]) => ({
    id,
    title: rows.map((row) => row.title).join(' '),
    practiceTags: rows[0]!.practiceTags,
  }));
}

/**
 * The practice tags a set of linked cards stands for: each card's main (first) tag, in order.
 * A practice or an action step names cards; the engine matches on tags.
 */
export function primaryTagsOf(cardIds: readonly string[], bySlug: Map<string, CatalogCard[]>): string[] {
  const tags = cardIds.flatMap((id) => bySlug.get(id)?.[0]?.practiceTags.slice(0, 1) ?? []);
  return [...new Set(tags)];
}

/**
 * What reflection indicators say about practice: a teacher who blames students or circumstances,
 * or who only describes, is pointed at finding out what students know and at reflecting; one who
 * writes about language or access at supports; one who plans ahead at planning. Indicator ids are
 * core/reflection's (stable); a prefix covers a family.
 */
const INDICATOR_TAGS: readonly { prefix: string; tags: readonly string[] }[] = [
  { prefix: 'blame.', tags: ['checks-for-understanding', 'reflection'] },
  { prefix: 'evidence.student-work', tags: ['checks-for-understanding'] },
  { prefix: 'evidence.count', tags: ['checks-for-understanding'] },
  { prefix: 'context.language', tags: ['supports'] },
  { prefix: 'context.access', tags: ['supports'] },
  { prefix: 'context.equity', tags: ['supports'] },
  { prefix: 'perspective.students', tags: ['student-talk'] },
  { prefix: 'future-plan.', tags: ['planning'] },
];

/** A descriptive reflection (the first level) asks for reflecting itself. */
const LABEL_TAGS: Record<string, readonly string[]> = { descriptive: ['reflection'] };

/** Practice tags the reflections showed, with how many reflections showed each (most first). */
export function reflectionThemes(reflections: readonly { label: string; indicatorIds: readonly string[] }[]) {
  const counts = new Map<string, number>();
  for (const reflection of reflections) {
    const tags = new Set(LABEL_TAGS[reflection.label] ?? []);
    for (const id of reflection.indicatorIds)
      for (const rule of INDICATOR_TAGS) if (id.startsWith(rule.prefix)) for (const tag of rule.tags) tags.add(tag);
    for (const tag of tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([practiceTag, count]) => ({ practiceTag, count }))
    .sort((a, b) => b.count - a.count || a.practiceTag.localeCompare(b.practiceTag));
}
