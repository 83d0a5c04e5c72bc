import type { Framework } from '#core/contracts/frameworks';

type Practice = Framework['domains'][number]['practices'][number];
type LookFor = Practice['lookFors'][number];

export interface PracticeIndex {
  practice(id: string): Practice | undefined;
  lookFor(id: string): { lookFor: LookFor; practice: Practice } | undefined;
  /** Every practice in framework order. */
  practices: Practice[];
  /** A readable name for a tag: "1.2 Checking for understanding", or the look-for's text. */
  label(id: string): string | undefined;
}

/** Looks practices and look-fors up by id, for tags and focus lists written as ids. */
export function indexFramework(framework: Framework | undefined): PracticeIndex {
  const practices = framework?.domains.flatMap((d) => d.practices) ?? [];
  const byPractice = new Map(practices.map((p) => [p.id, p]));
  const byLookFor = new Map(
    practices.flatMap((p) => p.lookFors.map((l) => [l.id, { lookFor: l, practice: p }] as const)),
  );
  return {
    practices,
    practice: (id) => byPractice.get(id),
    lookFor: (id) => byLookFor.get(id),
    label: (id) => {
      const practice = byPractice.get(id);
      if (practice) return `${practice.code} ${practice.title}`;
      return byLookFor.get(id)?.lookFor.text;
    },
  };
}

/**
 * The school whose framework names a visit's practices for this reader: an observer's own school
 * (coach, leader), a teacher's own school. Practices are tenant-wide ids, so another school's
 * framework would only lack the names, never mislabel them.
 */
export function frameworkSchool(
  me: { roles: { role: string; schoolId: string | null }[] } | null | undefined,
  as: 'observer' | 'teacher',
): string | null {
  const roles = as === 'observer' ? ['coach', 'school_leader', 'teacher'] : ['teacher', 'coach', 'school_leader'];
  for (const role of roles) {
    const found = me?.roles.find((r) => r.role === role && r.schoolId);
    if (found?.schoolId) return found.schoolId;
  }
  return null;
}
