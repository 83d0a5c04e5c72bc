import type { QueryClient } from '@tanstack/react-query';
import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Me } from '#core/contracts/session';
import { getCard } from '#core/library/index';
import { setupI18n } from '../../app/i18n';
import type { Resource, ResourceSummary } from '../../features/library/types';
import { renderRoute } from '../../test/renderRoute';

/*
 * The library screens inside the real route tree, rendered on the server with their data
 * already in the query cache (nothing is fetched during a server render).
 */
const me: Me = {
  id: 'u1',
  name: 'Ana',
  email: 'ana@example.org',
  locale: 'en',
  roles: [{ role: 'teacher', organizationId: 'o1', schoolId: 's1' }],
  organization: { id: 'o1', name: 'Demo District' },
};

function cardResource(id: string, locale: 'en' | 'es', mine: boolean | null): Resource {
  const card = getCard(id, locale)!;
  return {
    id: card.id,
    title: card.title,
    summary: card.summary,
    locale: card.locale,
    minutes: card.minutes,
    practiceIds: card.practiceTags,
    tags: card.practiceTags,
    body: card.body,
    steps: card.steps,
    whyItWorks: card.whyItWorks,
    example: card.example,
    gradeBands: card.gradeBands,
    subjects: card.subjects,
    builtIn: true,
    reactions: { useful: 7, notUseful: 2, mine },
  };
}

const summary = ({ id, title, summary, locale, minutes, practiceIds, tags }: Resource): ResourceSummary => ({
  id,
  title,
  summary,
  locale,
  minutes,
  practiceIds,
  tags,
});

const render = (path: string, language: 'en' | 'es', seed: (client: QueryClient) => void) =>
  renderRoute(path, { me, language, seed });

const listKey = (params: Record<string, string>) => ['resources', 'list', params, 24];
const page = (items: ResourceSummary[], nextCursor: string | null) => ({
  pages: [{ items, nextCursor }],
  pageParams: [undefined],
});

beforeAll(() => {
  setupI18n();
});

describe('library page', () => {
  for (const language of ['en', 'es'] as const) {
    it(`lists cards in the UI language with search, language filter and load more (${language})`, async () => {
      const items = ['exit-tickets', 'hinge-questions'].map((id) => summary(cardResource(id, language, null)));
      const html = await render('/library', language, (client) =>
        client.setQueryData(listKey({ locale: language }), page(items, 'next-page')),
      );
      expect(html.match(/<h1/g)).toHaveLength(1);
      expect(html).toContain(i18n.t('library:title'));
      expect(html).toContain(i18n.t('library:filters.search'));
      expect(html).toContain(i18n.t('library:filters.language'));
      expect(html).toContain('<search');
      for (const item of items) {
        expect(html).toContain(item.title.replace(/'/g, '&#x27;'));
        expect(html).toContain(`href="/library/${item.id}?locale=${language}"`);
      }
      expect(html).toContain(i18n.t('library:minutes', { minutes: items[0]!.minutes }));
      expect(html).toContain(i18n.t('common:actions.loadMore'));
      expect(html).toContain(`href="/library"`);
      expect(html).toContain(i18n.t('common:nav.library'));
    });
  }

  it('reads the search, language and practice from the URL', async () => {
    const items = [summary(cardResource('exit-tickets', 'es', null))];
    const html = await render('/library?q=ticket&locale=es&practiceId=closure', 'en', (client) =>
      client.setQueryData(listKey({ q: 'ticket', locale: 'es', practiceId: 'closure' }), page(items, null)),
    );
    expect(html).toContain('value="ticket"');
    expect(html).toContain(i18n.t('library:filters.practice', { practice: i18n.t('library:practices.closure') }));
    expect(html).toContain(items[0]!.title);
    expect(html).not.toContain(i18n.t('common:actions.loadMore'));
  });

  it('says so when nothing matches', async () => {
    const html = await render('/library?q=zzz', 'es', (client) =>
      client.setQueryData(listKey({ q: 'zzz', locale: 'es' }), page([], null)),
    );
    expect(html).toContain(i18n.t('library:emptySearch'));
  });
});

describe('strategy card page', () => {
  for (const language of ['en', 'es'] as const) {
    it(`shows the whole card and the reaction control (${language})`, async () => {
      const resource = cardResource('exit-tickets', language, true);
      const html = await render(`/library/exit-tickets?locale=${language}`, language, (client) =>
        client.setQueryData(['resources', 'detail', 'exit-tickets', language], resource),
      );
      expect(html.match(/<h1/g)).toHaveLength(1);
      expect(html).toContain(resource.title.replace(/'/g, '&#x27;'));
      for (const key of ['whyItWorks', 'steps', 'example', 'gradeBands'] as const) {
        expect(html).toContain(i18n.t(`library:card.${key}`));
      }
      // Steps are an ordered list; markdown is rendered (bold), never raw HTML.
      expect(html).toContain('<ol class="strategy-steps">');
      expect(html).toContain('<strong>');
      expect(html).toContain(i18n.t('library:reactions.question'));
      expect(html).toContain(i18n.t('library:reactions.counts', { useful: 7, notUseful: 2 }));
      expect(html).toContain(i18n.t('library:reactions.mineYes'));
      expect(html).toMatch(/<input[^>]*type="radio"[^>]*checked=""[^>]*value="yes"/);
      expect(html).toContain(i18n.t('library:backToList'));
    });
  }

  it('never renders HTML written inside the markdown', async () => {
    const resource = {
      ...cardResource('closure', 'en', null),
      body: 'Hello <script>alert(1)</script> <img src="https://tracker.example/x.png" alt="x"> **bold**\n\n# A heading',
    };
    const html = await render('/library/closure?locale=en', 'en', (client) =>
      client.setQueryData(['resources', 'detail', 'closure', 'en'], resource),
    );
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('tracker.example');
    expect(html).toContain('<strong>bold</strong>');
    // A heading inside the body sits under the page's h1 and the card's h2 sections.
    expect(html).toContain('<h3>A heading</h3>');
  });
});
