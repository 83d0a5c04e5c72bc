import { describe, expect, it } from 'vitest';
import { analyzeReflection } from './analyze';
import { type DepthSignals, decideLevel } from './cascade';

const none: DepthSignals = {
  causalTied: false,
  concretePlan: false,
  evidence: false,
  weighing: false,
  assumption: false,
  contextTied: false,
  blame: false,
};

describe('decideLevel (the ordered cascade)', () => {
  it('defaults to level 1 and asks for a reason', () => {
    expect(decideLevel(none)).toMatchObject({ level: 1, missing: 'reason' });
  });

  it('reaches level 2 with a reason tied to a decision, or with a concrete plan', () => {
    expect(decideLevel({ ...none, causalTied: true }).level).toBe(2);
    expect(decideLevel({ ...none, concretePlan: true }).level).toBe(2);
  });

  it('needs evidence AND weighing AND a plan for level 3', () => {
    const all3 = { ...none, causalTied: true, evidence: true, weighing: true, concretePlan: true };
    expect(decideLevel(all3).level).toBe(3);
    expect(decideLevel({ ...all3, evidence: false })).toMatchObject({ level: 2, missing: 'evidence' });
    expect(decideLevel({ ...all3, weighing: false })).toMatchObject({ level: 2, missing: 'weighing' });
    expect(decideLevel({ ...all3, concretePlan: false })).toMatchObject({ level: 2, missing: 'plan' });
  });

  it('does not skip levels: assumption and context without level 3 stay where they are', () => {
    expect(decideLevel({ ...none, assumption: true, contextTied: true }).level).toBe(1);
    expect(decideLevel({ ...none, causalTied: true, evidence: true, assumption: true }).level).toBe(2);
  });

  it('reaches level 4 with level 3 and an assumption or context tied to students', () => {
    const l3 = { ...none, evidence: true, weighing: true, concretePlan: true };
    expect(decideLevel({ ...l3, assumption: true })).toMatchObject({ level: 4, missing: 'none' });
    expect(decideLevel({ ...l3, contextTied: true }).level).toBe(4);
    expect(decideLevel(l3)).toMatchObject({ level: 3, missing: 'assumption-or-context' });
  });

  it('caps blame without self-examination at level 2, and lets self-examination through', () => {
    expect(decideLevel({ ...none, blame: true, concretePlan: true })).toMatchObject({ level: 2, heldByBlame: true });
    expect(decideLevel({ ...none, blame: true }).level).toBe(1);
    const l3 = { ...none, evidence: true, weighing: true, concretePlan: true, blame: true };
    expect(decideLevel(l3)).toMatchObject({ level: 3, heldByBlame: false });
  });
});

describe('analyzeReflection cascade edges', () => {
  it('does not count a reason that names no teaching decision', () => {
    const r = analyzeReflection({ whatHappened: 'It was a good day because the sun was out.' }, 'en');
    expect(r.level).toBe(1);
    expect(r.indicators.map((i) => i.id)).toContain('causal.because');
    expect(r.nudgeId).toBe('reason');
  });

  it('counts a reason about a teaching decision', () => {
    const r = analyzeReflection({ whatHappened: 'Groups stalled because my directions had five steps.' }, 'en');
    expect(r.level).toBe(2);
    expect(r.nudgeId).toBe('evidence');
  });

  it('does not count a vague promise as a plan', () => {
    expect(analyzeReflection({ nextTime: 'Next time will be better.' }, 'en').level).toBe(1);
    expect(analyzeReflection({ nextTime: 'La próxima vez será mejor.' }, 'es').level).toBe(1);
  });

  it('needs a concrete plan for level 3: an empty promise or the "next lesson" marker is no plan', () => {
    const en = {
      studentEvidence: '12 of 26 passed the exit ticket.',
      whyAndAlternatives: 'Maybe the example was too abstract.',
    };
    for (const nextTime of [
      'I will do better.',
      'Next lesson will be better.',
      'I need to improve the lesson.',
      'We have to do better next class.',
      'Make the lesson more engaging.',
      'I will plan better and change things.',
      'Try something different.',
    ]) {
      expect(analyzeReflection({ ...en, nextTime }, 'en'), nextTime).toMatchObject({ level: 1, nudgeId: 'reason' });
    }
    const es = {
      studentEvidence: '12 de 26 aprobaron el ticket de salida.',
      whyAndAlternatives: 'Quizás el ejemplo era demasiado abstracto.',
    };
    for (const nextTime of [
      'La próxima vez lo haré mejor.',
      'La próxima clase será mejor.',
      'Voy a mejorar la clase.',
      'Hacer una clase más dinámica.',
      'Planificar mejor.',
      'Intentar otra cosa.',
    ]) {
      expect(analyzeReflection({ ...es, nextTime }, 'es'), nextTime).toMatchObject({ level: 1, nudgeId: 'reason' });
    }
    // The same reflections with a move named reach level 3.
    expect(
      analyzeReflection({ ...en, nextTime: 'Next lesson I will start with a concrete example.' }, 'en').level,
    ).toBe(3);
    expect(
      analyzeReflection({ ...en, nextTime: 'I will do better: two worked examples before practice.' }, 'en').level,
    ).toBe(3);
    expect(
      analyzeReflection({ ...es, nextTime: 'La próxima clase empezaré con un ejemplo concreto.' }, 'es').level,
    ).toBe(3);
    // With a reason tied to teaching, the missing ingredient is named: a plan.
    const reasoned = { ...en, whyAndAlternatives: 'Maybe it was abstract because I skipped the diagram.' };
    expect(analyzeReflection({ ...reasoned, nextTime: 'I will do better.' }, 'en')).toMatchObject({
      level: 2,
      nudgeId: 'plan',
    });
  });

  it('treats the nextTime answer as a plan when it names a teaching move', () => {
    const r = analyzeReflection({ nextTime: 'Start with two worked examples on the board.' }, 'en');
    expect(r.level).toBe(2);
    expect(r.indicators).toContainEqual(expect.objectContaining({ id: 'future-plan.next-time-field' }));
  });

  it('ignores a reason, hedge or question inside a blaming sentence', () => {
    const r = analyzeReflection(
      {
        studentEvidence: '12 of 26 passed the exit ticket.',
        whyAndAlternatives: 'Maybe they are just lazy because they never do homework.',
        nextTime: 'Next time I will give a shorter worksheet.',
      },
      'en',
    );
    expect(r.indicators.map((i) => i.category)).not.toContain('alternative');
    expect(r.indicators.map((i) => i.category)).toContain('blame');
    expect(r.level).toBe(2);
    expect(r.nudgeId).toBe('weighing-after-blame');
  });

  it('lets a blaming reflection reach level 3 when it also looks at the teaching', () => {
    const r = analyzeReflection(
      {
        studentEvidence: '12 of 26 passed the exit ticket.',
        whyAndAlternatives: 'They were lazy today. Perhaps my example was too abstract, though.',
        nextTime: 'Next time I will use a concrete example first.',
      },
      'en',
    );
    expect(r.level).toBe(3);
  });

  it('needs context near students for level 4', () => {
    const base = {
      studentEvidence: 'Only 5 of 20 finished the lab report.',
      whyAndAlternatives: 'Maybe the instructions were too long.',
      nextTime: 'I will chunk the instructions.',
    };
    expect(analyzeReflection(base, 'en').level).toBe(3);
    const untied = { ...base, whatHappened: 'The district policy changed.\n\nAnyway.\n\nMoving on.' };
    expect(analyzeReflection(untied, 'en').level).toBe(3);
    const tied = { ...base, whatHappened: 'The new homework policy hurts students who work after school.' };
    expect(analyzeReflection(tied, 'en')).toMatchObject({ level: 4, nudgeId: 'affirm' });
  });

  it('returns the label, nudge and ruleset version in the locale asked', () => {
    const r = analyzeReflection({ whatHappened: 'Hicimos la actividad.' }, 'es');
    expect(r).toMatchObject({ level: 1, label: 'descriptive', nudgeId: 'reason' });
    expect(r.nudge).toMatch(/^Describiste/);
    expect(r.rulesetVersion).toMatch(/^reflection-/);
  });
});
