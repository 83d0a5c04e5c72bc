import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { ARTIFACTS, describeViolations, seriousAxeViolations } from './browser';

export const DEMO_PASSWORD = 'conecta-demo';

/** Signs in through the real form, in whatever language the page shows, and waits for the home page. */
export async function signInThroughForm(page: Page, baseUrl: string, email: string) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.locator('input[type="email"]').fill(email);
  await page.locator('input[type="password"]').fill(DEMO_PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await page.locator('main h1').first().waitFor();
}

/** axe on the current page: no serious or critical violations. */
export async function expectAccessible(page: Page, label: string) {
  const violations = await seriousAxeViolations(page);
  expect(violations, `${label}:\n${describeViolations(violations)}`).toEqual([]);
}

export async function expectNoHorizontalScroll(page: Page, label: string) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${label} scrolls sideways`).toBeLessThanOrEqual(0);
}

export const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

export const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

/** Waits until the app has rendered a page (its h1) after a navigation. */
export async function settled(page: Page) {
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
}
