import { describe, expect, it } from 'vitest';
import { TINY_PNG } from '../server/test/multipart';
import { setupJourneys } from './support/environment';
import { expectAccessible, expectNoHorizontalScroll, screenshot, settled, signInThroughForm } from './support/pages';

/**
 * Issue 5, shared units: the demo teacher plans a lesson from her team's unit, comments on a step
 * mentioning a teammate (who is notified), uploads a student work sample after confirming names
 * are removed, and scores it; at 360 px the unit and the scoring pass axe.
 */
const env = setupJourneys();

describe('shared units in the browser', () => {
  it('a teacher plans from a unit, mentions a teammate, uploads and scores student work', async () => {
    const context = await env.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signInThroughForm(page, env.server.url, 'teacher@example.org');
    await page.getByRole('navigation').first().getByRole('link', { name: 'Units' }).click();
    await page.waitForURL((url) => url.pathname === '/units');
    await settled(page);
    await expectAccessible(page, 'units');
    await page.getByRole('link', { name: 'Proportional relationships' }).click();
    await page.getByRole('heading', { level: 1, name: 'Proportional relationships' }).waitFor();
    const unitUrl = page.url();
    // The demo comment from Jordan is beside the sequence.
    await page.getByTestId('comments').getByText('should we move graphs before tables?', { exact: false }).waitFor();
    await expectAccessible(page, 'unit');

    // Plan a lesson from the first step: the planner opens on a team-shared plan with the unit's standards.
    await page.getByRole('button', { name: 'Plan this lesson: Unit rates with fractions' }).click();
    await page.waitForURL(/\/planner\/plans\/[0-9a-f-]{36}$/);
    await page.getByTestId('insights-panel').waitFor();
    await expect
      .poll(() =>
        page.locator('main input, main textarea').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)),
      )
      .toContain('CCSS.MATH.CONTENT.7.RP.A.1');
    await page.goto(unitUrl);
    await settled(page);
    await page.getByTestId('unit-sequence').getByRole('link', { name: 'Open the plan' }).waitFor();

    // A comment on a step, mentioning Jordan by name and Sam through the picker.
    const comments = page.getByTestId('comments');
    // "Comment" beside a section picks that section in the form and moves the focus there.
    await page.getByRole('button', { name: 'Comment (0): Big ideas' }).click();
    await expect.poll(() => comments.getByLabel('On', { exact: true }).inputValue()).toBe('bigIdeas');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('comment-body');
    await comments.getByLabel('On', { exact: true }).selectOption({ label: 'Lesson 2: Is it proportional? Tables' });
    await comments.getByLabel(/^Comment/).fill('@Jordan Lee can you bring the tables task from last year?');
    await comments.getByRole('checkbox', { name: 'Sam Okafor' }).check();
    await comments.getByRole('button', { name: 'Post comment' }).click();
    const notified = comments.getByText(/^Notified: .*Jordan Lee/);
    await notified.waitFor();
    expect(await notified.textContent()).toContain('Sam Okafor');

    // Upload: the reminder is there, and without the confirmation nothing is sent.
    await page.getByText('Remove student names first').waitFor();
    const upload = page.getByRole('form', { name: 'Upload student work' });
    await upload.getByRole('textbox', { name: /^Title/ }).fill('Exit ticket, question 3');
    await upload.getByLabel(/^Success criteria/).fill('Uses a ratio table\nExplains the constant of proportionality');
    await page.locator('#sw-file').setInputFiles({ name: 'exit-ticket.png', mimeType: 'image/png', buffer: TINY_PNG });
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    await page.getByText("Confirm that you removed students' names.").waitFor();
    await page.getByRole('checkbox', { name: /I removed students' names/ }).check();
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    await page.getByText('Uploaded.').waitFor();
    const gallery = page.getByTestId('student-work-gallery');
    await gallery.getByRole('link', { name: 'Exit ticket, question 3' }).click();
    await page.getByRole('heading', { level: 1, name: 'Exit ticket, question 3' }).waitFor();
    await expect
      .poll(() => page.locator('img.sw-preview').evaluate((img) => (img as HTMLImageElement).naturalWidth))
      .toBe(1);

    // Score against the two criteria; the summary shows the team's spread.
    await page.getByRole('group', { name: 'Uses a ratio table' }).getByLabel('3 · Meeting').check();
    await page
      .getByRole('group', { name: 'Explains the constant of proportionality' })
      .getByLabel('2 · Developing')
      .check();
    await page.getByRole('button', { name: 'Save my scores' }).click();
    await page.getByText('Saved. 1 person has scored this sample.').waitFor();
    await expect.poll(() => page.getByTestId('score-summary').count()).toBe(2);
    await page.setViewportSize({ width: 360, height: 800 });
    await expectAccessible(page, 'student work scoring at 360 px');
    await expectNoHorizontalScroll(page, 'student work at 360 px');
    await screenshot(page, 'student-work-360');
    await page.goto(unitUrl);
    await settled(page);
    await expectAccessible(page, 'unit at 360 px');
    await expectNoHorizontalScroll(page, 'unit at 360 px');
    await context.close();

    // Jordan is told.
    const jordan = await env.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const mine = await jordan.newPage();
    await signInThroughForm(mine, env.server.url, 'jordan.lee@example.org');
    await mine.getByTestId('notifications-bell').click();
    await mine.waitForURL((url) => url.pathname === '/notifications');
    await mine.getByText('Taylor Teacher mentioned you in a comment on “Proportional relationships”.').waitFor();
    await jordan.close();
  });
});
