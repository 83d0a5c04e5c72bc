import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18n from 'i18next';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Reflection, ReflectionInput } from '#core/contracts/reflections';
import { analyzeReflection } from '#core/reflection/index';
import { setupI18n } from '../../app/i18n';
import { clearDraft, readDraft, saveDraft } from './draft';
import { ReflectionPanel, type ReflectionPanelProps } from './ReflectionPanel';

const INPUT: ReflectionInput = {
  whatHappened: 'The lesson ran long because I explained the example twice.',
  studentEvidence: '12 of 26 students got the exit ticket right.',
  nextTime: 'Next time I will start with two worked examples.',
};

function reflection(): Reflection {
  const { nudgeId: _nudge, ...analysis } = analyzeReflection(INPUT, 'en');
  return { ...INPUT, ...analysis, id: 'r1', planId: 'p1', authorId: 'u1', createdAt: '2025-03-04T15:00:00.000Z' };
}

function render(props: Partial<ReflectionPanelProps>, language: 'en' | 'es' = 'en', items = [reflection()]) {
  void i18n.changeLanguage(language);
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Number.POSITIVE_INFINITY } },
  });
  client.setQueryData(['reflections', 'plan', 'p1'], { items, nextCursor: null });
  return renderToString(
    <QueryClientProvider client={client}>
      <ReflectionPanel planId="p1" planLocale="en" canWrite lessonDate="2025-03-04" {...props} />
    </QueryClientProvider>,
  );
}

/** A Map-backed stand-in for the browser's sessionStorage. */
function fakeSessionStorage() {
  const store = new Map<string, string>();
  vi.stubGlobal('sessionStorage', {
    getItem: (key: string) => store.get(key) ?? null,
    setItem: (key: string, value: string) => store.set(key, value),
    removeItem: (key: string) => store.delete(key),
  });
  return store;
}

beforeAll(() => {
  setupI18n();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ReflectionPanel', () => {
  for (const language of ['en', 'es'] as const) {
    it(`gives the owner the four labelled prompts and their analysed reflections (${language})`, () => {
      const html = render({}, language);
      for (const field of ['whatHappened', 'studentEvidence', 'whyAndAlternatives', 'nextTime']) {
        expect(html).toContain(i18n.t(`reflections:prompts.${field}.label`).replace(/'/g, '&#x27;'));
      }
      expect(html.match(/<textarea/g)).toHaveLength(4);
      expect(html.match(/<label for=/g)?.length).toBeGreaterThanOrEqual(4);
      expect(html).toContain(i18n.t('reflections:form.submit'));
      expect(html).toContain(i18n.t('reflections:feedback.empty'));
      // The saved reflection: its level (teacher only), answers with highlights, indicators.
      expect(html).toContain(i18n.t(`reflections:labels.${reflection().label}.name`));
      expect(html).toContain('<mark class="indicator-mark">because</mark>');
      expect(html).toContain(i18n.t('reflections:categories.causal'));
      expect(html).toContain('<h2 class="card-title">');
      expect(html).toContain(`<h3 id=`);
      expect(html).toContain(`<h4 id=`);
    });
  }

  it('shows readers the answers without level or highlights, and no form', () => {
    const html = render({ canWrite: false });
    expect(html).not.toContain('<textarea');
    expect(html).not.toContain('<mark');
    expect(html).not.toContain(i18n.t(`reflections:labels.${reflection().label}.name`));
    expect(html).toContain('12 of 26 students got the exit ticket right.');
  });

  it('says when there is nothing yet, and nests headings under a level-3 panel', () => {
    const html = render({ canWrite: false, headingLevel: 3 }, 'es', []);
    expect(html).toContain(i18n.t('reflections:list.empty'));
    expect(html).toContain('<h3 class="card-title">');
    expect(html).toContain('<h4 id=');
  });

  it('restores an unsent draft and analyses it at once', () => {
    fakeSessionStorage();
    saveDraft('p1', {
      whatHappened: 'They were confused because I rushed the model.',
      studentEvidence: '',
      whyAndAlternatives: '',
      nextTime: '',
    });
    const html = render({}, 'en', []);
    expect(html).toContain('They were confused because I rushed the model.</textarea>');
    expect(html).toContain(i18n.t('reflections:level.badge', { level: 2 }));
    expect(html).toContain('<mark class="indicator-mark">because</mark>');
    expect(html).toContain(i18n.t('reflections:feedback.nextStep'));
  });
});

describe('reflection drafts', () => {
  it('keeps, restores and clears a draft per plan', () => {
    const store = fakeSessionStorage();
    const answers = { whatHappened: 'A', studentEvidence: '', whyAndAlternatives: '', nextTime: 'B' };
    saveDraft('p1', answers);
    expect(readDraft('p1')).toEqual(answers);
    expect(readDraft('p2').whatHappened).toBe('');
    clearDraft('p1');
    expect(store.size).toBe(0);
  });

  it('works without storage', () => {
    vi.stubGlobal('sessionStorage', undefined);
    expect(readDraft('p1').nextTime).toBe('');
    expect(() => saveDraft('p1', { ...readDraft('p1'), nextTime: 'x' })).not.toThrow();
  });
});
