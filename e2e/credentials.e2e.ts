import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupJourneys } from './support/environment';
import { expectAccessible, expectNoHorizontalScroll, screenshot, settled, signInThroughForm } from './support/pages';

/**
 * Issue 6, journey 3: a demo teacher submits the "Checks for understanding" micro-credential with
 * their own plan, reflection and a written piece; the demo coach returns "not yet"; the teacher
 * revises and resubmits; the coach passes it; the teacher opens a badge whose public verify page
 * says it verifies, also for someone who is not signed in. The teacher works on a phone (360 px).
 */
const env = setupJourneys();

async function review(page: Page, title: string, levels: Record<string, string>) {
  await page.goto(`${env.server.url}/credentials/reviews`);
  await settled(page);
  await expectAccessible(page, 'review queue');
  await page.getByTestId('review-queue').getByRole('link', { name: title }).first().click();
  const form = page.getByTestId('credential-review');
  await form.waitFor();
  for (const [criterion, level] of Object.entries(levels))
    await form.getByTestId(`score-${criterion}`).selectOption({ label: level });
  await form.getByLabel('Overall feedback').fill('Thank you: the plan shows the hinge question clearly.');
  await expectAccessible(page, 'review form');
  await form.getByRole('button', { name: 'Save the review' }).click();
  await form.waitFor({ state: 'detached' });
}

describe('a micro-credential in the browser', () => {
  it('a teacher submits, hears "not yet", resubmits and earns a badge that verifies', async () => {
    const title = 'Checks for understanding';
    const teacherContext = await env.browser.newContext({ locale: 'en-US', viewport: { width: 360, height: 800 } });
    const teacher = await teacherContext.newPage();
    await signInThroughForm(teacher, env.server.url, 'teacher@example.org');
    await teacher.goto(`${env.server.url}/credentials`);
    await settled(teacher);
    await teacher.getByRole('heading', { level: 1, name: 'Micro-credentials' }).waitFor();
    await expectAccessible(teacher, 'catalogue');
    await expectNoHorizontalScroll(teacher, 'catalogue');

    const card = teacher.locator('section.card', { has: teacher.getByRole('heading', { name: title }) });
    await card.getByRole('button', { name: 'Start or continue' }).click();
    await teacher.waitForURL(/\/credentials\/submissions\/[0-9a-f-]{36}$/);
    const submissionUrl = teacher.url();

    // A plan of mine.
    const plan = teacher.getByTestId('requirement-plan');
    const plans = plan.getByLabel('One of my plans');
    await expect.poll(() => plans.locator('option').count()).toBeGreaterThan(1);
    await plans.selectOption({ index: 1 });
    await plan.getByRole('button', { name: 'Attach' }).click();
    await plan.getByRole('button', { name: 'Remove' }).waitFor();

    // A reflection of mine: the first plan that has one.
    const reflection = teacher.getByTestId('requirement-reflection');
    const about = reflection.getByLabel('Plan the reflection is about');
    await expect.poll(() => about.locator('option').count()).toBeGreaterThan(1);
    const reflections = reflection.getByLabel('One of my reflections');
    const planCount = await about.locator('option').count();
    for (let i = 1; i < planCount; i++) {
      await about.selectOption({ index: i });
      await teacher.waitForLoadState('networkidle');
      if ((await reflections.locator('option').count()) > 1) break;
    }
    await reflections.selectOption({ index: 1 });
    await reflection.getByRole('button', { name: 'Attach' }).click();
    await reflection.getByRole('button', { name: 'Remove' }).waitFor();

    const responses = teacher.getByTestId('requirement-responses');
    await responses
      .getByLabel('Write it here')
      .fill('18 of 24 chose B; I retaught equivalent fractions with a number line.');
    await responses.getByRole('button', { name: 'Attach' }).click();
    await responses.getByRole('button', { name: 'Remove' }).waitFor();

    for (const id of ['plan', 'reflection', 'responses'])
      await teacher
        .getByTestId(`requirement-${id}`)
        .getByLabel('Your reflection on this requirement')
        .fill(`The hinge question showed me who needed help (${id}).`);
    await teacher.getByTestId('autosave-status').getByText('All changes saved.').waitFor();
    await expectAccessible(teacher, 'submission editor');
    await expectNoHorizontalScroll(teacher, 'submission editor');
    await screenshot(teacher, 'credentials-editor');

    // Saved on the server: a reload keeps everything typed.
    await teacher.reload();
    await settled(teacher);
    await expect
      .poll(() =>
        teacher.getByTestId('requirement-plan').getByLabel('Your reflection on this requirement').inputValue(),
      )
      .toContain('who needed help');
    await teacher.getByRole('button', { name: 'Submit for review' }).click();
    await teacher.getByText('This submission is being reviewed.', { exact: false }).waitFor();

    // The coach: not yet on question design.
    const coachContext = await env.browser.newContext({ locale: 'en-US' });
    const coach = await coachContext.newPage();
    await signInThroughForm(coach, env.server.url, 'coach@example.org');
    await review(coach, title, {
      design: 'Developing',
      'all-students': 'Proficient',
      adjusts: 'Proficient',
    });
    await coach.getByTestId('attempt-1').getByText('Not yet', { exact: true }).waitFor();

    // The teacher reads the feedback, revises (the draft is still there) and resubmits.
    await teacher.goto(submissionUrl);
    await settled(teacher);
    await teacher.getByTestId('attempt-1').getByText('below the pass level', { exact: false }).waitFor();
    const first = teacher.getByTestId('requirement-plan').getByLabel('Your reflection on this requirement');
    await expect.poll(() => first.inputValue()).toContain('who needed help');
    await first.fill('I rewrote the wrong answers so each one shows a different misconception.');
    await teacher.getByTestId('autosave-status').getByText('All changes saved.').waitFor();
    await teacher.getByRole('button', { name: 'Resubmit for review' }).click();
    await teacher.getByText('This submission is being reviewed.', { exact: false }).waitFor();

    // The coach passes it.
    await review(coach, title, { design: 'Proficient', 'all-students': 'Proficient', adjusts: 'Exemplary' });
    await coach.getByTestId('attempt-2').getByText('Earned', { exact: true }).waitFor();

    // The teacher's badge, verified.
    await teacher.goto(submissionUrl);
    await settled(teacher);
    await teacher.getByTestId('earned-badge').getByRole('link', { name: 'Open the badge' }).click();
    await teacher.waitForURL(/\/credentials\/[0-9a-f-]{36}\/verify$/);
    const verifyUrl = teacher.url();
    await teacher.getByTestId('verification-result').getByText('Verified', { exact: false }).waitFor();
    await expectAccessible(teacher, 'verify page');
    await expectNoHorizontalScroll(teacher, 'verify page');
    await screenshot(teacher, 'credentials-verify');
    const download = teacher.getByRole('link', { name: 'Download', exact: true });
    const response = await teacher.request.get(new URL((await download.getAttribute('href'))!, verifyUrl).toString());
    expect(response.headers()['content-type']).toContain('application/ld+json');
    expect((await response.json()).type).toContain('OpenBadgeCredential');

    // Anyone with the link, signed out, sees the same.
    const visitorContext = await env.browser.newContext({ locale: 'es-ES' });
    const visitor = await visitorContext.newPage();
    await visitor.goto(verifyUrl);
    await visitor.getByTestId('verification-result').getByText('Verificada', { exact: false }).waitFor();
    await expectAccessible(visitor, 'verify page (es, signed out)');

    await Promise.all([teacherContext.close(), coachContext.close(), visitorContext.close()]);
  });
});
