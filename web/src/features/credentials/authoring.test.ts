import { describe, expect, it } from 'vitest';
import { MicroCredentialBody } from '#core/contracts/credentials';
import { check, emptyState, move, newCriterion, newRequirement, stateFromSource, toBody } from './authoring';

const filled = () => {
  const state = emptyState('en');
  state.title.en = 'Checks for understanding';
  state.description.en = 'Plans and uses checks.';
  state.competency.en = 'Checking';
  state.keyMethod.en = 'Hinge questions';
  state.requirements[0]!.prompt.en = 'A plan with a hinge question';
  state.rubric[0]!.name.en = 'Design';
  state.rubric[0]!.levels = [
    { en: 'Beginning', es: '' },
    { en: 'Developing', es: '' },
    { en: 'Proficient', es: '' },
  ];
  return state;
};

describe('the micro-credential editor state', () => {
  it('sends only what was written, in the chosen languages, and the contract accepts it', () => {
    const state = filled();
    state.title.es = 'Ignored until Spanish is chosen';
    const body = toBody(state);
    expect(body.title).toEqual({ en: 'Checks for understanding' });
    expect(MicroCredentialBody.safeParse(body).success).toBe(true);
    expect(check(state)).toEqual({});
    expect(toBody({ ...state, langs: ['en', 'es'] }).title).toEqual({
      en: 'Checks for understanding',
      es: 'Ignored until Spanish is chosen',
    });
  });

  it('puts each problem on the control it names, as i18n keys', () => {
    const state = filled();
    state.title.en = '  ';
    state.rubric[0]!.passLevel = 5;
    state.requirements = [];
    state.langs = ['es'];
    const errors = check(state);
    expect(errors['title.es']).toBe('common:validation.required');
    expect(errors['rubric.0.passLevel']).toBe('credentials:author.errors.passLevel');
    expect(errors.requirements).toBe('credentials:author.errors.tooFew');
  });

  it('gives new items free keys, moves them, and reads an existing one back', () => {
    const taken = [{ id: 'r1' }, { id: 'r3' }];
    expect(newRequirement(taken).id).toBe('r2');
    expect(newCriterion([{ id: 'c1' }]).id).toBe('c2');
    expect(move([1, 2, 3], 0, -1)).toEqual([1, 2, 3]);
    expect(move([1, 2, 3], 0, 1)).toEqual([2, 1, 3]);
    const body = toBody(filled());
    const back = stateFromSource({
      ...body,
      id: '00000000-0000-4000-8000-000000000000',
      practiceId: null,
      archivedAt: null,
      contentEditable: true,
      requirements: body.requirements.map((r) => ({ ...r })),
    } as never);
    expect(back.langs).toEqual(['en']);
    expect(toBody(back)).toEqual(body);
  });
});
