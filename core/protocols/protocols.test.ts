import { describe, expect, it } from 'vitest';
import { BUILT_IN_PROTOCOLS, builtInProtocol, localized, ProtocolDefinition, totalMinutes } from './index';

describe('built-in protocols', () => {
  it('ship at least the six templates of the issue, with unique ids', () => {
    const ids = BUILT_IN_PROTOCOLS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      'unit-internalisation',
      'lesson-internalisation',
      'looking-at-student-work',
      'tuning',
      'lesson-study',
      'data-meeting',
    ])
      expect(builtInProtocol(id)?.id).toBe(id);
  });

  it.each(BUILT_IN_PROTOCOLS.map((p) => [p.id, p] as const))('%s is valid under the schema districts use', (_id, p) => {
    const { id: _, ...definition } = p;
    expect(ProtocolDefinition.safeParse(definition).success).toBe(true);
  });

  it.each(BUILT_IN_PROTOCOLS.map((p) => [p.id, p] as const))('%s is complete in English and Spanish', (_id, p) => {
    const texts = [p.name, p.purpose, ...p.steps.flatMap((s) => [s.title, ...s.prompts])];
    for (const text of texts) {
      expect(text.en?.length).toBeGreaterThan(0);
      expect(text.es?.length).toBeGreaterThan(0);
      expect(text.es).not.toBe(text.en);
    }
  });

  it.each(BUILT_IN_PROTOCOLS.map((p) => [p.id, p] as const))(
    '%s has unique step ids and whole-minute steps',
    (_id, p) => {
      const ids = p.steps.map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(p.steps.every((s) => Number.isInteger(s.minutes) && s.minutes > 0)).toBe(true);
      expect(totalMinutes(p.steps)).toBe(p.steps.reduce((sum, s) => sum + s.minutes, 0));
    },
  );

  it('keep to the research timings: a 50-minute student-work round, a 60-minute tuning, the ATLAS order', () => {
    expect(totalMinutes(builtInProtocol('looking-at-student-work')!.steps)).toBe(50);
    expect(totalMinutes(builtInProtocol('tuning')!.steps)).toBe(60);
    expect(
      builtInProtocol('looking-at-student-work')!
        .steps.map((s) => s.id)
        .slice(1, 4),
    ).toEqual(['describe', 'interpret', 'implications']);
    expect(builtInProtocol('lesson-study')!.steps.map((s) => s.id)).toEqual([
      'plan',
      'teach-observe',
      'debrief-teacher',
      'debrief-evidence',
      'conclusions',
    ]);
  });
});

describe('a district protocol', () => {
  const step = { id: 'a', title: { en: 'Step' }, minutes: 10, speaker: 'all', prompts: [{ es: 'Pregunta' }] };

  it('may be written in one language and reads in the other as a fallback', () => {
    const parsed = ProtocolDefinition.parse({ name: { es: 'Propio' }, purpose: { en: 'Ours' }, steps: [step] });
    expect(localized(parsed.name, 'en')).toBe('Propio');
    expect(localized(parsed.purpose, 'es')).toBe('Ours');
  });

  it('refuses duplicate step ids, empty text, zero minutes and unknown speakers', () => {
    const bad = (steps: unknown[]) =>
      ProtocolDefinition.safeParse({ name: { en: 'X' }, purpose: { en: 'Y' }, steps }).success;
    expect(bad([step, step])).toBe(false);
    expect(bad([{ ...step, title: {} }])).toBe(false);
    expect(bad([{ ...step, minutes: 0 }])).toBe(false);
    expect(bad([{ ...step, speaker: 'nobody' }])).toBe(false);
    expect(bad([])).toBe(false);
    expect(bad([step])).toBe(true);
  });
});
