import { describe, expect, it } from 'vitest';
import { cardCandidates, cardsBySlug, gradeBandOf, primaryTagsOf, reflectionThemes, similarClassKeys } from './signals';

const card = (slug: string, locale: 'en' | 'es', organizationId: string | null = null, tags = ['questioning']) => ({
  slug,
  locale,
  organizationId,
  title: `${slug} ${locale}${organizationId ? ' (district)' : ''}`,
  summary: '',
  minutes: 3,
  practiceTags: tags,
  subjects: ['all'],
  gradeBands: { '3-5': 'x', '6-8': 'y' },
});

describe('signals', () => {
  it('bands grades as the cards do', () => {
    expect(['PK', 'K', '2', '3', '5', '6', '8', '9', '12', 'adult'].map(gradeBandOf)).toEqual([
      'K-2',
      'K-2',
      'K-2',
      '3-5',
      '3-5',
      '6-8',
      '6-8',
      '9-12',
      '9-12',
      '9-12',
    ]);
    expect(gradeBandOf('kinder')).toBeNull();
  });

  it('finds similar classes by subject (any case) and grade band', () => {
    const keys = similarClassKeys([{ subject: ' Mathematics ', gradeLevel: '7' }]);
    expect(keys).toEqual([
      ['mathematics', '6'],
      ['mathematics', '7'],
      ['mathematics', '8'],
    ]);
    expect(similarClassKeys([{ subject: 'Art', gradeLevel: 'other' }])).toEqual([]);
  });

  it("prefers the reader's language, then a district's own card, and lists every language", () => {
    const bySlug = cardsBySlug([card('a', 'en'), card('a', 'es'), card('a', 'es', 'org-1')], 'es');
    expect(bySlug.get('a')![0]!.title).toBe('a es (district)');
    expect(cardCandidates(bySlug)[0]).toMatchObject({ id: 'a', gradeBands: ['3-5', '6-8'], locales: ['es', 'en'] });
  });

  it("takes linked cards' main tags once each", () => {
    const bySlug = cardsBySlug(
      [card('a', 'en', null, ['questioning', 'student-talk']), card('b', 'en', null, ['questioning'])],
      'en',
    );
    expect(primaryTagsOf(['a', 'b', 'missing'], bySlug)).toEqual(['questioning']);
  });

  it('counts reflections per theme, once per reflection', () => {
    expect(
      reflectionThemes([
        { label: 'descriptive', indicatorIds: ['blame.students', 'blame.helpless'] },
        { label: 'dialogic', indicatorIds: ['context.language', 'evidence.student-work'] },
        { label: 'critical', indicatorIds: ['causal.because'] },
      ]),
    ).toEqual([
      { practiceTag: 'checks-for-understanding', count: 2 },
      { practiceTag: 'reflection', count: 1 },
      { practiceTag: 'supports', count: 1 },
    ]);
  });
});
