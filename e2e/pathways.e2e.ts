import { describe, expect, it } from 'vitest';
import { setupJourneys } from './support/environment';
import { expectAccessible, expectNoHorizontalScroll, settled, signInThroughForm } from './support/pages';

/**
 * Issue 6, pathways: the demo coach writes a pathway with two library cards and publishes it; a
 * demo teacher, on a phone (360 px), follows it, marks the first step done and sees 1 of 2; the
 * coach sees one follower and no per-step counts (fewer than five follow it).
 */
const env = setupJourneys();

describe('a pathway in the browser', () => {
  it('a coach publishes a two-card pathway; a teacher follows it and sees progress 1 of 2', async () => {
    const title = `First month ${Date.now()}`;
    const coachContext = await env.browser.newContext({ locale: 'en-US' });
    const coach = await coachContext.newPage();
    await signInThroughForm(coach, env.server.url, 'coach@example.org');
    await coach.goto(`${env.server.url}/pathways/new`);
    await settled(coach);
    await coach.getByRole('heading', { level: 1, name: 'New pathway' }).waitFor();
    await coach.getByLabel('Title in English').fill(title);

    for (const search of ['exit ticket', 'hinge question']) {
      await coach.getByRole('button', { name: 'Add a card' }).click();
      await coach.getByRole('searchbox', { name: 'Search the library' }).fill(search);
      const add = coach.getByRole('button', { name: /as a step$/ }).first();
      await add.waitFor();
      await add.click();
    }
    await expect.poll(() => coach.getByTestId('pathway-form-step').count()).toBe(2);
    // Reorder by keyboard-usable buttons: the second card first, then back.
    await coach.getByRole('button', { name: 'Move up, step 2' }).click();
    await coach.getByRole('button', { name: 'Move down, step 1' }).click();
    await expectAccessible(coach, 'pathway form');
    await coach.getByRole('button', { name: 'Save draft' }).click();
    await coach.waitForURL(/\/pathways\/[0-9a-f-]{36}$/);
    const pathwayUrl = coach.url();
    await settled(coach);
    await coach.getByRole('button', { name: 'Publish' }).click();
    await coach.getByRole('button', { name: 'Archive' }).waitFor();
    await expectAccessible(coach, 'pathway (author)');

    const teacherContext = await env.browser.newContext({ locale: 'en-US', viewport: { width: 360, height: 800 } });
    const teacher = await teacherContext.newPage();
    await signInThroughForm(teacher, env.server.url, 'teacher@example.org');
    await teacher.goto(`${env.server.url}/pathways`);
    await settled(teacher);
    await teacher.getByRole('heading', { level: 1, name: 'Pathways' }).waitFor();
    await expectAccessible(teacher, 'pathways list');
    await expectNoHorizontalScroll(teacher, 'pathways list');
    await teacher.getByTestId('available-pathways').getByRole('link', { name: title }).click();
    await teacher.waitForURL(pathwayUrl);
    await settled(teacher);
    await teacher.getByRole('button', { name: 'Follow this pathway' }).click();
    const first = teacher.getByTestId('pathway-step').first();
    await first.getByRole('button', { name: /^Mark done: / }).click();
    await first.getByRole('button', { name: /^Mark not done: / }).waitFor();
    await expect.poll(() => teacher.getByTestId('pathway-progress').innerText()).toContain('1 of 2 steps done');
    await expectAccessible(teacher, 'pathway (learner)');
    await expectNoHorizontalScroll(teacher, 'pathway (learner)');

    await teacher.goto(`${env.server.url}/pathways`);
    await settled(teacher);
    const mine = teacher.getByTestId('my-pathways');
    await mine.getByRole('link', { name: title }).waitFor();
    const item = mine.getByTestId('pathway-item').filter({ hasText: title });
    expect(await item.getByTestId('pathway-progress').innerText()).toContain('1 of 2 steps done');

    await coach.reload();
    await settled(coach);
    // One follower: the count is there, per-step counts stay hidden until five follow it.
    await expect
      .poll(() => coach.getByTestId('pathway-counts').innerText())
      .toContain('1 person follows this pathway.');
    expect(await coach.getByTestId('pathway-counts').innerText()).toContain('Hidden');
    expect(await coach.getByTestId('pathway-counts').innerText()).not.toContain('1 of 1');
    await coachContext.close();
    await teacherContext.close();
  });
});
