import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PathwayBody } from '#core/contracts/pathways';
import { emptyDraft, emptyTask, forget, fromPathway, readStored, store, toBody } from './authoring';

describe('pathway authoring', () => {
  it('sends only the languages filled in, steps in order, ids of kept steps', () => {
    const draft = {
      ...emptyDraft(),
      titleEn: ' New teachers ',
      steps: [
        { key: 'a', id: 's1', kind: 'card' as const, cardId: 'exit-tickets' },
        { ...emptyTask(), titleEs: 'Pruébalo', instructionsEn: 'Plan a lesson.' },
      ],
    };
    const body = toBody(draft);
    expect(body.title).toEqual({ en: 'New teachers' });
    expect(body.description).toBeNull();
    expect(body.initiativeId).toBeNull();
    expect(body.steps).toEqual([
      { id: 's1', kind: 'card', cardId: 'exit-tickets' },
      { kind: 'task', title: { es: 'Pruébalo' }, instructions: { en: 'Plan a lesson.' } },
    ]);
    expect(PathwayBody.safeParse(body).success).toBe(true);
  });

  it('round-trips a pathway as written', () => {
    const draft = fromPathway({
      audience: 'coaches',
      initiativeId: 'i1',
      source: {
        title: { en: 'Coaching', es: 'Acompañamiento' },
        description: null,
        steps: [{ id: 's1', kind: 'card', cardId: 'feedback', title: null, instructions: null }],
      },
    } as never);
    expect(toBody(draft)).toMatchObject({
      title: { en: 'Coaching', es: 'Acompañamiento' },
      audience: 'coaches',
      initiativeId: 'i1',
      steps: [{ id: 's1', kind: 'card', cardId: 'feedback' }],
    });
  });
});

/** The browser's session storage, as far as the form uses it. */
class MemoryStorage {
  private items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}
const g = globalThis as { sessionStorage?: unknown };

describe('unsaved pathway drafts', () => {
  beforeEach(() => {
    g.sessionStorage = new MemoryStorage();
  });
  afterEach(() => {
    delete g.sessionStorage;
  });

  it('keeps typed text per pathway until forgotten, with fresh step keys', () => {
    const draft = { ...emptyDraft(), titleEn: 'Half written', steps: [{ ...emptyTask(), titleEn: 'Try it' }] };
    expect(readStored('new')).toBeNull();
    store('new', draft);
    const back = readStored('new');
    expect(back).toMatchObject({ titleEn: 'Half written', steps: [{ kind: 'task', titleEn: 'Try it' }] });
    expect(back?.steps[0]?.key).not.toBe(draft.steps[0]?.key);
    expect(readStored('p1')).toBeNull();
    forget('new');
    expect(readStored('new')).toBeNull();
  });

  it('ignores what it cannot read, and works without storage', () => {
    (g.sessionStorage as MemoryStorage).setItem('conecta.pathway-draft.new', '{"steps":3}');
    expect(readStored('new')).toBeNull();
    delete g.sessionStorage;
    store('new', emptyDraft());
    expect(readStored('new')).toBeNull();
  });
});
