import { describe, expect, it } from 'vitest';
import { setupJourneys } from './support/environment';
import { expectAccessible, expectNoHorizontalScroll, screenshot, settled, signInThroughForm } from './support/pages';

/**
 * Issue 6, journey 1: a teacher sees a recommendation with its reason on Home ("This week"),
 * opens it, marks "I tried it" on one of their plans in the dialog, and sees it recorded on the
 * card. On a phone (360 px), by keyboard where it matters, with axe on each screen.
 */
const env = setupJourneys();

describe('recommendations in the browser', () => {
  it('a teacher opens a recommended card and marks "I tried it" on a plan', async () => {
    const context = await env.browser.newContext({ locale: 'en-US', viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await signInThroughForm(page, env.server.url, 'teacher@example.org');
    await settled(page);

    // Home: three cards for this week, each with the reason it was chosen.
    const thisWeek = page.getByTestId('this-week');
    await thisWeek.getByRole('heading', { name: 'This week' }).waitFor();
    await thisWeek.getByTestId('recommendation').first().waitFor();
    await expect.poll(() => thisWeek.getByTestId('recommendation').count()).toBe(3);
    // Pathways and communities are ranked alongside cards; a card is what "I tried it" is about.
    const first = thisWeek
      .getByTestId('recommendation')
      .filter({ hasNot: page.locator('a[href^="/pathways/"], a[href^="/communities/"]') })
      .first();
    const reason = (await first.locator('[data-reason]').first().textContent()) ?? '';
    expect(reason).toMatch(/^(Because|For your action step|Teachers in classes like yours|A good place|Something)/);
    const link = first.getByRole('link');
    const title = (await link.textContent()) ?? '';
    await expectAccessible(page, 'home with this week');
    await expectNoHorizontalScroll(page, 'home with this week');
    await screenshot(page, 'recommendations-home-360');

    // Open it by keyboard.
    const opened = page.waitForResponse(
      (response) => response.url().endsWith('/api/v1/recommendations/opened') && response.status() === 204,
    );
    await link.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await opened;
    await settled(page);

    // "I tried it" on one of my recent plans, in an accessible dialog.
    const tried = page.getByTestId('tried-it');
    await tried.getByRole('button', { name: 'I tried it' }).click();
    const dialog = page.getByRole('dialog', { name: 'I tried it' });
    await dialog.waitFor();
    const plan = dialog.getByLabel('In which lesson plan?');
    await expect.poll(() => plan.locator('option').count()).toBeGreaterThan(1);
    const planOption = ((await plan.locator('option').nth(1).textContent()) ?? '').trim();
    const planTitle = planOption.replace(/ \([^)]*\)$/, '');
    await plan.selectOption({ index: 1 });
    await dialog
      .getByLabel('How did it go? (optional)')
      .fill('Used it after the mini-lesson; most of the class got there.');
    await expectAccessible(page, 'i tried it dialog');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // The confirmation, and the trial listed on the card.
    await tried.getByText(`Recorded: you tried it in “${planTitle}”.`).waitFor();
    await tried.getByTestId('trials').getByText(`Tried in “${planTitle}”`).waitFor();
    await expectAccessible(page, 'card with a trial');
    await expectNoHorizontalScroll(page, 'card with a trial');
    await screenshot(page, 'recommendations-tried-360');

    // Recorded on the server, on that plan.
    const id = new URL(page.url()).pathname.split('/').pop()!;
    const trials = await (await page.request.get(`${env.server.url}/api/v1/resources/${id}/tried`)).json();
    expect(trials.items[0].plan.title).toBe(planTitle);
    await context.close();
  });
});
