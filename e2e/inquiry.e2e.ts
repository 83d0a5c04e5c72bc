import { describe, expect, it } from 'vitest';
import { TINY_PNG } from '../server/test/multipart';
import { setupJourneys } from './support/environment';
import { expectAccessible, expectNoHorizontalScroll, screenshot, settled, signInThroughForm } from './support/pages';

/**
 * Issue 5, journey 2: a teacher runs an inquiry from question to shared summary. The question is
 * checked as it is typed; moving to "try" without a prediction shows the rule; then the prediction
 * and an evidence source, a linked plan, the result, the reflection, the close with a summary, and
 * the summary shared to one of the teacher's communities as a new thread. On a phone (360 px). The
 * inquiry works on a practice of the teacher's growth focus and links a sample of the team's student work.
 */
const env = setupJourneys();

describe('an inquiry in the browser', () => {
  it('a teacher runs an inquiry from question to shared summary', async () => {
    const context = await env.browser.newContext({ locale: 'en-US', viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await signInThroughForm(page, env.server.url, 'teacher@example.org');
    // A growth focus to choose the inquiry's focus practice from, and a sample of the team's student work.
    await page.goto(`${env.server.url}/growth-focus`);
    await page.locator('input[type="checkbox"][data-practice-code]').first().check();
    await page.getByRole('button', { name: 'Save my growth focus' }).click();
    await page.getByText('Growth focus saved.').waitFor();
    const teams = (await (await page.request.get(`${env.server.url}/api/v1/teams`)).json()).items as {
      id: string;
      name: string;
    }[];
    const team = teams.find((t) => t.name === 'Grade 7 Math')!;
    const uploaded = await page.request.post(`${env.server.url}/api/v1/teams/${team.id}/student-work`, {
      headers: { 'X-Requested-With': 'conecta' },
      multipart: {
        title: 'Exit ticket with sentence frames',
        successCriteria: 'Explains the method',
        namesRemoved: 'true',
        file: { name: 'exit-ticket.png', mimeType: 'image/png', buffer: TINY_PNG },
      },
    });
    expect(uploaded.status()).toBe(201);

    await page.goto(`${env.server.url}/inquiry`);
    await settled(page);
    await page.getByRole('heading', { level: 1, name: 'My inquiries' }).waitFor();
    await expectAccessible(page, 'my inquiries');

    await page.getByRole('link', { name: 'Start an inquiry' }).click();
    await page.getByRole('heading', { level: 1, name: 'Start an inquiry' }).waitFor();
    const form = page.getByTestId('start-inquiry-form');
    const question = form.getByRole('textbox', { name: /^Your question/ });
    // Hints as it is typed, never a block.
    await question.fill('Exit tickets');
    await form.getByText('What will you change?', { exact: false }).waitFor();
    await question.fill('If I use exit tickets with sentence frames, will my students explain their method?');
    await form.getByText('something you can test', { exact: false }).waitFor();
    const focus = form.getByLabel('Focus practice (optional)');
    await expect.poll(() => focus.locator('option').count()).toBeGreaterThan(1);
    const practice = (await focus.locator('option').nth(1).textContent()) ?? '';
    await focus.selectOption({ index: 1 });
    await expectAccessible(page, 'start an inquiry');
    await form.getByRole('button', { name: 'Start the inquiry' }).click();
    await page.waitForURL(/\/inquiry\/[0-9a-f-]{36}$/);
    await page.getByText(practice, { exact: true }).waitFor();
    await page.locator('.cycle-step[aria-current="step"]', { hasText: 'Learn' }).waitFor();

    // The rule: no "try" without a prediction and an evidence source.
    await page.getByRole('button', { name: 'Move to “Try”' }).click();
    const rules = page.getByTestId('stage-rules');
    await rules.getByText('Write your prediction before you try', { exact: false }).waitFor();
    await rules.getByText('Add at least one evidence source', { exact: false }).waitFor();

    const plan = page.getByTestId('plan-form');
    await plan.getByLabel('Your prediction').fill('More than half will explain their method in writing.');
    await plan.getByLabel('Kind of evidence').selectOption('exit-ticket');
    await plan.getByLabel('What you will count or look at').fill('Students who explain their method, of those present');
    await plan.getByRole('button', { name: 'Add this source' }).click();
    await plan.getByTestId('evidence-list').getByText('Students who explain their method', { exact: false }).waitFor();
    await plan.getByRole('button', { name: 'Save prediction and evidence' }).click();
    await plan.getByText('Saved.').waitFor();
    await page.getByRole('button', { name: 'Move to “Try”' }).click();
    await page.locator('.cycle-step[aria-current="step"]', { hasText: 'Try' }).waitFor();

    // The "try": one of my plans on the timeline.
    const link = page.getByTestId('inquiry-link-form');
    const which = link.getByLabel('Which plan');
    await expect.poll(() => which.locator('option').count()).toBeGreaterThan(1);
    const planTitle = (await which.locator('option').nth(1).textContent())?.split(' · ')[0] ?? '';
    await which.selectOption({ index: 1 });
    await link.getByRole('button', { name: 'Link it' }).click();
    await link.getByText('Linked.').waitFor();
    await page.getByTestId('inquiry-timeline').getByRole('link', { name: planTitle }).waitFor();
    // And the team's sample of student work.
    await link.getByLabel('What to link').selectOption('student-work');
    const sample = link.getByLabel('Which sample');
    await expect.poll(() => sample.locator('option').count()).toBeGreaterThan(1);
    await sample.selectOption({ index: 1 });
    await link.getByRole('button', { name: 'Link it' }).click();
    await page.getByTestId('inquiry-timeline').getByText('Exit ticket with sentence frames').waitFor();

    await page.getByRole('button', { name: 'Move to “Gather evidence”' }).click();
    await page.locator('.cycle-step[aria-current="step"]', { hasText: 'Gather evidence' }).waitFor();

    const result = page.getByTestId('result-form');
    await result.getByLabel('What happened').fill('16 of 26 explained their method: more than half, as I predicted.');
    await result.getByRole('button', { name: 'Save result and reflection' }).click();
    await result.getByText('Saved.').waitFor();
    await page.getByRole('button', { name: 'Move to “Reflect”' }).click();
    await page.locator('.cycle-step[aria-current="step"]', { hasText: 'Reflect' }).waitFor();
    await result
      .getByLabel('Your reflection')
      .fill('The frames helped most the students who rarely write. Next time I will model one first.');
    await result.getByRole('button', { name: 'Save result and reflection' }).click();
    await result.getByText('Saved.').waitFor();
    await page.getByRole('button', { name: 'Move to “Share”' }).click();
    await page.locator('.cycle-step[aria-current="step"]', { hasText: 'Share' }).waitFor();
    await expectAccessible(page, 'inquiry (open)');
    await expectNoHorizontalScroll(page, 'inquiry (360 px)');

    const summary = 'Sentence frames on exit tickets: adopt. 16 of 26 explained their method (I predicted half).';
    await page.getByTestId('inquiry-close-form').getByRole('textbox').fill(summary);
    await page.getByRole('button', { name: 'Close with this summary' }).click();
    await page.locator('.cycle-step[aria-current="step"]').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('inquiry-summary').textContent()).toContain('adopt');
    await screenshot(page, 'inquiry-closed');

    // Share the summary to one of my communities: a new thread there.
    const share = page.getByTestId('inquiry-share-form');
    const community = share.getByLabel('Community');
    await expect.poll(() => community.locator('option').count()).toBeGreaterThan(1);
    await community.selectOption({ index: 1 });
    await share.getByRole('button', { name: 'Share the summary' }).click();
    const thread = page.getByRole('link', { name: 'Open the thread' });
    await thread.waitFor();
    await expectAccessible(page, 'inquiry (shared)');
    expect(await thread.getAttribute('href')).toMatch(/^\/communities\/threads\/[0-9a-f-]{36}$/);
    await thread.click();
    await page.waitForURL(/\/communities\/threads\/[0-9a-f-]{36}$/);
    await settled(page);
    // The thread carries the inquiry's summary as its artefact.
    await page.getByRole('heading', { level: 1, name: /^If I use exit tickets with sentence frames/ }).waitFor();
    await expect
      .poll(() => page.getByTestId('thread-artefact').textContent())
      .toContain('Sentence frames on exit tickets');
    await context.close();
  });
});
