import { describe, expect, it } from 'vitest';
import { CONECTA_FRAMEWORK } from '../frameworks/conecta';
import { STARTER_CARDS } from '../library';
import { CONECTA_PRACTICE_TAGS, practiceMapping, TAG_TERMS, tagsFromText } from './practice-map';
import { TAG_LABELS } from './reasons';

const cardTags = new Set(STARTER_CARDS.flatMap((c) => c.practiceTags));

describe('practice map', () => {
  it('maps every built-in practice to tags cards carry, and to its own cards', () => {
    const practices = CONECTA_FRAMEWORK.domains.flatMap((d) => d.practices);
    expect(Object.keys(CONECTA_PRACTICE_TAGS).sort()).toEqual(practices.map((p) => p.code).sort());
    for (const p of practices) {
      const mapped = practiceMapping({ code: p.code, builtIn: true, title: p.title.en ?? '' });
      for (const tag of mapped.practiceTags) expect(cardTags.has(tag), `${p.code} ${tag}`).toBe(true);
      expect(mapped.cardIds).toEqual(p.resourceIds);
    }
  });

  it('has words and labels for every card tag', () => {
    for (const tag of cardTags) {
      expect(TAG_TERMS[tag], tag).toBeDefined();
      expect(TAG_LABELS.en[tag], tag).toBeDefined();
    }
  });

  it('reads a district’s own practice from its words, in English or Spanish', () => {
    expect(tagsFromText('Checking for understanding during instruction')[0]).toBe('checks-for-understanding');
    expect(tagsFromText('Uso de preguntas para profundizar el pensamiento')[0]).toBe('questioning');
    expect(tagsFromText('Academic discourse', ['Students build on each other’s ideas in discussion'])).toEqual([
      'student-talk',
    ]);
    const mapped = practiceMapping({
      code: '2b',
      builtIn: false,
      title: 'Using questioning and discussion techniques',
      lookFors: ['Teacher asks open-ended questions'],
      resourceIds: ['think-pair-share'],
    });
    expect(mapped.practiceTags).toEqual(expect.arrayContaining(['questioning', 'student-talk']));
    expect(mapped.cardIds[0]).toBe('think-pair-share');
    expect(mapped.cardIds).toContain('higher-order-questions');
  });

  it('does not guess from a built-in code on a district framework', () => {
    const mapped = practiceMapping({ code: 'D4.P1', builtIn: false, title: 'Family partnerships' });
    expect(mapped.practiceTags).toEqual([]);
  });
});
