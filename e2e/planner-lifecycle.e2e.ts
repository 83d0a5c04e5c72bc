import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupJourneys } from './support/environment';
import { expectAccessible, screenshot, signInThroughForm } from './support/pages';

/**
 * The rest of a plan's life in the browser: dismissing a question with a reason, versions and
 * restore, the print page, a coach reading a shared plan, and a conflict after offline editing.
 */
const env = setupJourneys();

async function signedIn(email: string) {
  const context = await env.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signInThroughForm(page, env.server.url, email);
  return { context, page };
}

async function newPlan(page: Page, body: object) {
  const classes = (await (await page.request.get(`${env.server.url}/api/v1/classes`)).json()).items as { id: string }[];
  const response = await page.request.post(`${env.server.url}/api/v1/lesson-plans`, {
    data: { classId: classes[0]!.id, date: '2026-02-02', segments: [], ...body },
  });
  expect(response.status()).toBe(201);
  return (await response.json()) as { id: string; version: number };
}

const saved = (page: Page) =>
  expect.poll(() => page.getByTestId('save-status').getAttribute('data-state'), { timeout: 15_000 }).toBe('saved');

describe('a plan’s life', () => {
  it('dismissing a question asks for a reason and the question stays away after a reload', async () => {
    const { context, page } = await signedIn('teacher@example.org');
    const plan = await newPlan(page, { title: 'Ratios', objectives: ['Students will understand ratios.'] });
    await page.goto(`${env.server.url}/planner/plans/${plan.id}`);
    const insight = page.locator('li.insight[data-rule-id="objective.vague-verb"]');
    await insight.waitFor();
    await insight.getByRole('button', { name: 'Dismiss' }).click();
    await insight.getByRole('button', { name: 'Dismiss the question' }).click();
    await insight.getByText('Write a short reason.').waitFor();
    await insight.getByLabel('Why does this not fit?').fill('Today builds understanding; tomorrow names the skill.');
    await insight.getByRole('button', { name: 'Dismiss the question' }).click();
    await expect.poll(() => insight.count()).toBe(0);
    await page.reload();
    await page.getByTestId('insights-panel').waitFor();
    expect(await page.locator('li.insight[data-rule-id="objective.vague-verb"]').count()).toBe(0);
    await context.close();
  });

  it('every save keeps a version; an old one can be read and restored, and the print page is clean', async () => {
    const { context, page } = await signedIn('teacher@example.org');
    const plan = await newPlan(page, { title: 'First title', objectives: ['Compare ratios in tables.'] });
    await page.goto(`${env.server.url}/planner/plans/${plan.id}`);
    await page.locator('#plan-title').fill('Second title');
    // Reordering without a mouse: the plain buttons move a part and say where it went.
    await page.getByRole('button', { name: 'Add a part' }).click();
    await page.locator('#plan-segments-0-title').fill('Launch');
    await page.getByRole('button', { name: 'Add a part' }).click();
    await page.locator('#plan-segments-1-title').fill('Explore');
    await page.getByRole('button', { name: 'Move part 2 up' }).click();
    await page.getByText('Part moved to position 1.').waitFor();
    expect(await page.locator('#plan-segments-0-title').inputValue()).toBe('Explore');
    await saved(page);
    const reordered = await (await page.request.get(`${env.server.url}/api/v1/lesson-plans/${plan.id}`)).json();
    expect(reordered.segments.map((s: { title: string }) => s.title)).toEqual(['Explore', 'Launch']);
    await page.getByRole('link', { name: 'Versions' }).click();
    await page.getByText(/Current version \d+/).waitFor();
    await page.locator('summary', { hasText: 'First title' }).click();
    await expectAccessible(page, 'versions');
    await page.getByRole('button', { name: 'Restore this version (1)' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Restore this version' }).click();
    await page.getByText('Version 1 restored.').waitFor();
    expect(await page.locator('#plan-title').inputValue()).toBe('First title');
    const stored = await (await page.request.get(`${env.server.url}/api/v1/lesson-plans/${plan.id}`)).json();
    expect(stored).toMatchObject({ title: 'First title', segments: [] });
    expect(stored.version).toBeGreaterThan(reordered.version);

    await page.goto(`${env.server.url}/planner/plans/${plan.id}/print`);
    await page.getByRole('heading', { level: 1, name: 'First title' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    await screenshot(page, 'planner-print');
    await page.emulateMedia({ media: 'screen' });
    await expectAccessible(page, 'print page');
    await context.close();
  });

  it('a coach reads a plan shared with coaches, without a way to change it, and can copy it', async () => {
    const teacher = await signedIn('teacher@example.org');
    const plan = await newPlan(teacher.page, {
      title: 'Shared with my coach',
      objectives: ['Explain unit rates.'],
      visibility: 'coach',
    });
    await teacher.context.close();

    const coach = await signedIn('coach@example.org');
    await coach.page.goto(`${env.server.url}/planner/plans/${plan.id}`);
    await coach.page.getByText('Shared with you — read only.').waitFor();
    expect(await coach.page.locator('.plan-editor').count()).toBe(0);
    expect(await coach.page.locator('li.insight button', { hasText: 'Dismiss' }).count()).toBe(0);
    await expectAccessible(coach.page, 'shared plan');
    await coach.page.getByRole('button', { name: 'Copy to my plans' }).click();
    await coach.page.waitForURL((url) => url.pathname.startsWith('/planner/plans/') && !url.pathname.endsWith(plan.id));
    expect(await coach.page.locator('#plan-title').inputValue()).toBe('Shared with my coach');
    await coach.context.close();
  });

  it('offline edits on top of a version saved elsewhere meanwhile: both are shown, the teacher keeps hers', async () => {
    const { context, page } = await signedIn('teacher@example.org');
    const plan = await newPlan(page, { title: 'Conflict', objectives: ['Order fractions.'] });
    await page.goto(`${env.server.url}/planner/plans/${plan.id}`);
    await page.getByTestId('insights-panel').waitFor();

    await context.setOffline(true);
    await page.locator('#plan-objectives-0').fill('Typed on the bus: order three fractions on a number line.');
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-state')).toBe('offline');
    // Meanwhile the plan is saved from another device (its own browser context, still online).
    const other = await env.browser.newContext();
    const otherPage = await other.newPage();
    await signInThroughForm(otherPage, env.server.url, 'teacher@example.org');
    const put = await otherPage.request.put(`${env.server.url}/api/v1/lesson-plans/${plan.id}`, {
      data: { title: 'Conflict', objectives: ['Changed on the laptop.'], segments: [], version: 1 },
    });
    expect(put.status()).toBe(200);
    await other.close();

    await context.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    const conflict = page.getByTestId('conflict');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('Typed on the bus');
    expect(await conflict.textContent()).toContain('Changed on the laptop.');
    await expectAccessible(page, 'conflict');
    await screenshot(page, 'planner-conflict');
    await conflict.getByRole('button', { name: 'Keep mine' }).click();
    await saved(page);
    const stored = await (await page.request.get(`${env.server.url}/api/v1/lesson-plans/${plan.id}`)).json();
    expect(stored).toMatchObject({
      objectives: ['Typed on the bus: order three fractions on a number line.'],
      version: 3,
    });
    await context.close();
  });
});
