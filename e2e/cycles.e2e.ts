import { describe, expect, it } from 'vitest';
import { setupJourneys } from './support/environment';
import { expectAccessible, expectNoHorizontalScroll, screenshot, settled, signInThroughForm } from './support/pages';

/**
 * Issue 4, coaching cycles: a coach opens a cycle for the demo teacher (the goal checked as it is
 * typed), records two progress checks that the chart shows, and the teacher finds "my cycle" and
 * writes their reflection, which the coach then reads.
 */
const env = setupJourneys();

const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('a coaching cycle in the browser', () => {
  it('a coach opens a cycle with data, and the teacher reflects on it', async () => {
    const coach = await env.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const page = await coach.newPage();
    await signInThroughForm(page, env.server.url, 'coach@example.org');
    await page.goto(`${env.server.url}/cycles`);
    await settled(page);
    await expectAccessible(page, 'cycles (coach)');

    await page.getByRole('link', { name: 'Start a cycle' }).click();
    await page.getByRole('heading', { level: 1, name: 'Start a coaching cycle' }).waitFor();
    const form = page.getByTestId('start-cycle-form');
    await form.getByLabel('Teacher').selectOption({ label: 'Taylor Teacher' });

    // The goal is checked as it is typed: hints, never a block.
    const goal = form.getByRole('textbox', { name: /^Goal/ });
    await goal.fill('I will use more turn and talk');
    await form.getByText('This reads as what you will do.', { exact: false }).waitFor();
    await goal.fill('80 % of students cite evidence in their written answers by March.');
    await form.getByText('a goal you can check together', { exact: false }).waitFor();
    await expectAccessible(page, 'start a cycle');

    await form.getByLabel('What you will count').fill('Students citing evidence in Friday’s exit ticket');
    await form.getByLabel('Baseline (%)').fill('35');
    await form.getByLabel('Target (%)').fill('80');
    await form.getByLabel('Target date').fill(daysFromNow(60));
    await form.getByLabel('Baseline evidence').fill('Exit tickets from last Friday: 9 of 26.');
    await form.getByLabel('Search the library').fill('exit tickets');
    await form
      .getByRole('button', { name: /^Choose “/ })
      .first()
      .click();
    await form.getByText('Strategy card:').waitFor();
    await form.getByLabel('The strategy in your own words').fill('Model a claim with evidence, then rehearse it.');
    await form.getByRole('button', { name: 'Start the cycle' }).click();
    await page.waitForURL(/\/cycles\/[0-9a-f-]{36}$/);
    const cycleUrl = page.url();
    await page.getByRole('heading', { level: 1, name: 'Coaching cycle with Taylor Teacher' }).waitFor();
    expect(await page.getByTestId('cycle-goal').textContent()).toContain('80 % of students');

    // Two progress checks: the chart shows both points, and the same numbers as a table.
    const checks = page.getByTestId('check-form');
    await checks.getByLabel('Date').fill(daysFromNow(-7));
    await checks.getByLabel('Value (%)').fill('50');
    await checks.getByRole('button', { name: 'Add the check' }).click();
    await checks.getByText('Progress check added.').waitFor();
    await checks.getByLabel('Date').fill(daysFromNow(0));
    await checks.getByLabel('Value (%)').fill('65');
    await checks.getByLabel('Note').fill('17 of 26 present');
    await checks.getByRole('button', { name: 'Add the check' }).click();
    const points = page.getByTestId('chart-point');
    await expect.poll(() => points.count()).toBe(2);
    await page.getByText('Show the data as a table').click();
    await page.getByRole('cell', { name: '17 of 26 present' }).waitFor();
    expect(await page.locator('[data-testid="progress-chart"] svg desc').textContent()).toContain('65 %');

    await page.getByRole('button', { name: 'Move to Learn' }).click();
    await page.locator('.cycle-step[aria-current="step"]', { hasText: 'Learn' }).waitFor();
    await page.getByTestId('cycle-timeline').locator('[data-kind="check"]').nth(1).waitFor();
    await expectAccessible(page, 'cycle (coach)');
    await screenshot(page, 'cycle-coach');

    // The teacher finds "my cycle", sees the same data, and writes a reflection.
    const teacher = await env.browser.newContext({ locale: 'en-US', viewport: { width: 360, height: 800 } });
    const mine = await teacher.newPage();
    await signInThroughForm(mine, env.server.url, 'teacher@example.org');
    await mine.getByRole('link', { name: 'My coaching cycle' }).click();
    await settled(mine);
    await mine.getByTestId('cycles-coached').getByRole('link', { name: 'Coach: Carlos Coach' }).click();
    await mine.getByRole('heading', { level: 1, name: 'My coaching cycle' }).waitFor();
    await expect.poll(() => mine.getByTestId('chart-point').count()).toBe(2);
    // Only the coach logs sessions, moves the stage and closes.
    expect(await mine.getByRole('button', { name: 'Close the cycle' }).count()).toBe(0);
    const reflection = mine.getByTestId('reflection-form');
    await reflection
      .getByLabel('My reflection on this cycle')
      .fill('Rehearsing the prompt helped more students start writing.');
    await reflection.getByRole('button', { name: 'Save my reflection' }).click();
    await reflection.getByText('Reflection saved.').waitFor();
    await expectAccessible(mine, 'cycle (teacher)');
    await expectNoHorizontalScroll(mine, 'cycle (teacher, 360 px)');
    await screenshot(mine, 'cycle-teacher');

    await page.goto(cycleUrl);
    await settled(page);
    expect(await page.getByTestId('teacher-reflection').textContent()).toContain('Rehearsing the prompt');
    await teacher.close();
    await coach.close();
  });
});
