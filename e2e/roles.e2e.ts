import { describe, expect, it } from 'vitest';
import { setupJourneys } from './support/environment';
import { expectAccessible, htmlLang, screenshot, settled, signInThroughForm } from './support/pages';

/**
 * Each demo login: sign in, see the home and navigation of their roles in their language, every
 * page they can reach passes axe, switch language (and it stays switched), sign out.
 */
const DEMO = [
  {
    email: 'teacher@example.org',
    locale: 'en',
    homes: ['teacher'],
    nav: [
      '/',
      '/planner',
      '/my-classes',
      '/growth-focus',
      '/my-feedback',
      '/inquiry',
      '/credentials',
      '/pathways',
      '/units',
      '/communities',
      '/library',
      '/teams',
    ],
  },
  {
    email: 'maestra@example.org',
    locale: 'es',
    homes: ['teacher'],
    nav: [
      '/',
      '/planner',
      '/my-classes',
      '/growth-focus',
      '/my-feedback',
      '/inquiry',
      '/credentials',
      '/pathways',
      '/units',
      '/communities',
      '/library',
      '/teams',
    ],
  },
  {
    email: 'coach@example.org',
    locale: 'en',
    homes: ['coach', 'facilitator'],
    nav: [
      '/',
      '/planner',
      '/my-classes',
      '/credentials',
      '/pathways',
      '/units',
      '/coaching',
      '/people',
      '/communities',
      '/library',
      '/walks',
      '/teams',
    ],
  },
  {
    email: 'leader@example.org',
    locale: 'en',
    homes: ['school_leader'],
    nav: [
      '/',
      '/coaching',
      '/people',
      '/teams',
      '/communities',
      '/library',
      '/walks',
      '/initiatives',
      '/credentials',
      '/pathways',
      '/assessments',
      '/self-assessment',
    ],
  },
  {
    email: 'admin@example.org',
    locale: 'es',
    homes: ['district_admin'],
    nav: [
      '/',
      '/communities',
      '/library',
      '/frameworks',
      '/schools',
      '/people',
      '/teams',
      '/classes',
      '/audit-log',
      '/outbox',
      '/walks',
      '/initiatives',
      '/credentials',
      '/pathways',
      '/assessments',
      '/self-assessment',
    ],
  },
] as const;

const env = setupJourneys();

describe('demo roles in the browser', () => {
  it('the sign-in page is accessible and sends a signed-out visitor there', async () => {
    const context = await env.browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${env.server.url}/people`);
    await page.waitForURL(/\/sign-in/);
    expect(new URL(page.url()).searchParams.get('next')).toBe('/people');
    await settled(page);
    await expectAccessible(page, 'sign-in');
    await screenshot(page, 'sign-in');
    await context.close();
  });

  for (const person of DEMO) {
    it(`${person.email}: home, navigation, every page accessible, language switch, sign out`, async () => {
      const context = await env.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));

      await signInThroughForm(page, env.server.url, person.email);
      // Loading the root URL directly (a bookmark, a reload) must give the app, not a server error.
      await page.goto(`${env.server.url}/`);
      await settled(page);
      expect(await htmlLang(page)).toBe(person.locale);
      for (const role of person.homes) await expect.poll(() => page.getByTestId(`home-${role}`).isVisible()).toBe(true);

      const nav = page.getByRole('navigation').first();
      const hrefs = await nav
        .getByRole('link')
        .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect([...hrefs].sort()).toEqual([...person.nav].sort());
      await settled(page);
      await expectAccessible(page, `${person.email} home`);
      await screenshot(page, `home-${person.email.split('@')[0]}`);

      for (const path of person.nav.filter((p) => p !== '/')) {
        await nav.locator(`a[href="${path}"]`).click();
        await page.waitForURL((url) => url.pathname === path);
        await settled(page);
        await expectAccessible(page, `${person.email} ${path}`);
      }

      // Language: switch to the other one; it applies at once and is saved to the account.
      const other = person.locale === 'en' ? 'es' : 'en';
      await page.locator(`button[lang="${other}"][aria-pressed="false"]`).first().click();
      await expect.poll(() => htmlLang(page)).toBe(other);
      await page.waitForLoadState('networkidle');
      await page.reload();
      await settled(page);
      expect(await htmlLang(page)).toBe(other);
      await expectAccessible(page, `${person.email} after switching to ${other}`);
      const me = await page.evaluate(async () => (await fetch('/api/v1/me')).json());
      expect(me.locale).toBe(other);

      // Sign out from the account menu.
      await page.getByTestId('user-menu').getByRole('button').first().click();
      await page.locator('#user-menu-panel button').click();
      await page.waitForURL(/\/sign-in/);
      const status = await page.evaluate(async () => (await fetch('/api/v1/me')).status);
      expect(status).toBe(401);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
