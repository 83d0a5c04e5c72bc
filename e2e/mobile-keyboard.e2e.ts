import { describe, expect, it } from 'vitest';
import { setupJourneys } from './support/environment';
import { DEMO_PASSWORD, expectAccessible, expectNoHorizontalScroll, screenshot, settled } from './support/pages';

const env = setupJourneys();

describe('a 360 px phone, keyboard only', () => {
  it('signs in, opens the menu, reaches a page and closes the menu with Escape — all by keyboard', async () => {
    const context = await env.browser.newContext({
      locale: 'es-MX',
      viewport: { width: 360, height: 740 },
      hasTouch: true,
    });
    const page = await context.newPage();
    await page.goto(`${env.server.url}/sign-in`);
    await settled(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    await expectNoHorizontalScroll(page, 'sign-in at 360 px');

    // The first Tab lands on the skip link.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#main');

    await page.locator('input[type="email"]').focus();
    await page.keyboard.type('admin@example.org');
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/');
    await settled(page);
    await expectNoHorizontalScroll(page, 'home at 360 px');
    await expectAccessible(page, 'home at 360 px');

    const menuButton = page.locator('button[aria-controls="main-nav"]');
    expect(await menuButton.isVisible()).toBe(true);
    await menuButton.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => menuButton.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    await expect.poll(() => menuButton.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-controls'))).toBe('main-nav');

    await page.keyboard.press('Enter');
    const peopleLink = page.locator('#main-nav a[href="/people"]');
    await peopleLink.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/people');
    await settled(page);
    await expectNoHorizontalScroll(page, 'people at 360 px');
    await expectAccessible(page, 'people at 360 px');
    await screenshot(page, 'people-360px');
    await context.close();
  });
});
