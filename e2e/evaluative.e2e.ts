import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupJourneys } from './support/environment';
import { expectAccessible, settled, signInThroughForm } from './support/pages';

/**
 * Evaluative mode (issue 4): off until a district admin turns it on; then a school leader
 * schedules an evaluative visit (labelled as such), rates practices on a card apart from the
 * feedback, and the teacher sees the ratings with the shared feedback. The coach never gets the
 * choice, and the leader's home shows the school's visit counts without a name in them.
 */
const env = setupJourneys();

async function signedIn(email: string, locale = 'en-US') {
  const context = await env.browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await signInThroughForm(page, env.server.url, email);
  return { context, page, problems };
}

const api = async (page: Page, path: string) => (await page.request.get(`${env.server.url}${path}`)).json();

describe('evaluative observations in the browser', () => {
  let observationId = '';

  it('a district admin turns evaluative observations on from Home (in Spanish)', async () => {
    const { context, page, problems } = await signedIn('admin@example.org', 'es-ES');
    const card = page.getByTestId('evaluative-setting');
    await card.waitFor();
    await expect(card.getByRole('status').textContent()).resolves.toBe(
      'Las observaciones evaluativas están desactivadas.',
    );
    await expectAccessible(page, 'admin home with the evaluative switch');
    await card.getByLabel('Permitir observaciones evaluativas en este distrito').check();
    await card.getByText('Las observaciones evaluativas están activadas.').waitFor();
    expect((await api(page, '/api/v1/organization')).evaluativeObservations).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a coach is still never offered an evaluative visit', async () => {
    const { context, page } = await signedIn('coach@example.org');
    await page.goto(`${env.server.url}/observations/new`);
    await settled(page);
    await page.locator('#schedule-observation input[name="kind"][value="coaching"]').waitFor();
    expect(await page.locator('#schedule-observation input[name="kind"][value="evaluative"]').count()).toBe(0);
    await context.close();
  });

  it('a school leader schedules an evaluative visit, rates two practices and shares feedback', async () => {
    const { context, page, problems } = await signedIn('leader@example.org');
    // The leader's Home: Lincoln's visit counts, with no teacher named.
    const metrics = page.getByTestId('metrics');
    await metrics.waitFor();
    const text = (await metrics.textContent()) ?? '';
    for (const name of ['Jordan Lee', 'Sam Okafor', 'Priya Nair', 'Chris Walker', 'Mei Chen'])
      expect(text).not.toContain(name);
    await expectAccessible(page, 'leader home with visit counts');

    await page.goto(`${env.server.url}/observations/new`);
    await settled(page);
    const form = page.locator('#schedule-observation');
    await form.getByLabel('Teacher').selectOption({ label: 'Jordan Lee' });
    await form.locator('input[name="kind"][value="evaluative"]').check();
    await form.getByLabel('Date and time').fill('2099-05-04T10:00');
    await form.getByRole('button', { name: 'Schedule' }).click();
    await page.waitForURL(/\/observations\/[0-9a-f-]{36}$/);
    observationId = page.url().split('/').pop() ?? '';
    await settled(page);

    const ratings = page.getByTestId('ratings');
    await ratings.waitFor();
    const selects = ratings.locator('select');
    await selects.nth(0).selectOption('3');
    await selects.nth(1).selectOption('2');
    await expectAccessible(page, 'evaluative visit with ratings');
    await ratings.getByRole('button', { name: 'Save ratings' }).click();
    await ratings.getByText('Ratings saved.').waitFor();
    const stored = await api(page, `/api/v1/observations/${observationId}/ratings`);
    expect(stored.items.map((r: { level: number }) => r.level).sort()).toEqual([2, 3]);

    const feedback = page.locator('#feedback-form');
    await feedback.getByLabel('Strength').fill('Transitions took under a minute and every student had materials.');
    await feedback.getByLabel('Growth area').fill('Questions reached the same few students.');
    await feedback.getByLabel('The step').fill('Cold-call after ten seconds of think time.');
    await feedback.getByLabel('How to practise it').fill('Script three questions for the opening.');
    await feedback.getByRole('button', { name: 'Share with teacher' }).click();
    await page.getByText('Shared with the teacher.').waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the teacher sees the visit labelled evaluative, with the ratings on their own card', async () => {
    const { context, page, problems } = await signedIn('jordan.lee@example.org');
    await page.goto(`${env.server.url}/my-feedback`);
    await settled(page);
    await page.getByText('Evaluative').first().waitFor();
    await page.goto(`${env.server.url}/observations/${observationId}`);
    await settled(page);
    const ratings = page.getByTestId('ratings');
    await ratings.waitFor();
    await ratings.getByText(/^(3 · |Level 3)/).waitFor();
    await expectAccessible(page, 'evaluative visit (teacher)');
    // Never in the teacher's coaching action steps.
    const steps = await api(page, '/api/v1/action-steps');
    expect(steps.items.map((s: { observationId: string }) => s.observationId)).not.toContain(observationId);
    expect(problems).toEqual([]);
    await context.close();
  });
});
