import { describe, expect, it } from 'vitest';
import { setupJourneys } from './support/environment';
import { expectAccessible, expectNoHorizontalScroll, screenshot, settled, signInThroughForm } from './support/pages';

/**
 * Issue 5, journey 3: a facilitator sees a thread of the demo community flagged as stuck in
 * exploration, opens its Community-of-Inquiry view and reads the share of posts per phase (and the
 * draft codes with their evidence), then confirms one post's codes. A member, on a phone, reacts to
 * a post and replies; the facilitator's view counts the new post. The member then opens a thread
 * sharing a snapshot of one of their reflections.
 */
const env = setupJourneys();
const COMMUNITY = 'Proportional reasoning, grades 6–8';
const STUCK = 'Ratio tables students can fill but not explain';

describe('communities of inquiry in the browser', () => {
  it('a facilitator sees a thread stuck in exploration and its phase shares; a member reacts and replies', async () => {
    const facilitator = await env.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const page = await facilitator.newPage();
    await signInThroughForm(page, env.server.url, 'coach@example.org');
    await page.getByRole('navigation').first().getByRole('link', { name: 'Communities' }).click();
    await page.getByRole('heading', { level: 1, name: 'Communities' }).waitFor();
    const item = page.getByTestId('community-item').filter({ hasText: COMMUNITY });
    await item.getByText('1 thread flagged').waitFor();
    await settled(page);
    await expectAccessible(page, 'communities (facilitator)');

    await item.getByRole('link', { name: COMMUNITY }).click();
    await page.getByRole('heading', { level: 1, name: COMMUNITY }).waitFor();
    const communityUrl = page.url();
    const stuck = page.getByTestId('thread-item').filter({ hasText: STUCK });
    await stuck.getByText('Stuck in exploration').waitFor();
    // The healthier thread carries no flag.
    const healthy = page.getByTestId('thread-item').filter({ hasText: 'Unit rates the wrong way round' });
    await healthy.waitFor();
    expect(await healthy.getByText('Stuck in exploration').count()).toBe(0);
    await settled(page);
    await expectAccessible(page, 'community (facilitator)');

    await stuck.getByRole('link', { name: STUCK }).click();
    await page.getByRole('heading', { level: 1, name: STUCK }).waitFor();
    const coi = page.getByTestId('coi-panel');
    await coi.getByText('This thread is stuck in exploration', { exact: false }).waitFor();
    const row = (phase: string) =>
      coi.getByRole('row').filter({ has: page.getByRole('cell', { name: phase, exact: true }) });
    await expect.poll(() => row('Exploration').getByRole('cell').nth(1).textContent()).toBe('89 %');
    expect(await row('Integration').getByRole('cell').nth(1).textContent()).toBe('0 %');
    expect(await row('Resolution').getByRole('cell').nth(1).textContent()).toBe('0 %');
    await expect.poll(() => coi.getByTestId('coi-post').count()).toBe(9);
    // Evidence spans are highlighted in the posts.
    expect(await coi.locator('.coi-evidence mark').count()).toBeGreaterThan(0);
    const first = coi.getByTestId('coi-post').first();
    await first.getByRole('button', { name: 'Confirm these codes' }).click();
    await first.getByText('Confirmed').waitFor();
    // Correcting another post's draft: drop a code and keep the phase, by keyboard.
    const second = coi.getByTestId('coi-post').nth(1);
    await second.getByRole('button', { name: 'Correct' }).focus();
    await page.keyboard.press('Enter');
    await second.getByRole('button', { name: 'Remove this code' }).first().click();
    await second.getByLabel('Phase').selectOption({ label: 'Exploration' });
    await second.getByRole('button', { name: 'Save the corrected codes' }).click();
    await second.getByText('Confirmed').waitFor();
    await expect.poll(() => second.locator('.coi-codes s').count()).toBe(0);
    await settled(page);
    await expectAccessible(page, 'thread with CoI view');
    await screenshot(page, 'community-coi');
    const threadUrl = page.url();

    // A member on a phone: reacts to the opening post and replies, by keyboard where it matters.
    const member = await env.browser.newContext({ locale: 'en-US', viewport: { width: 360, height: 800 } });
    const phone = await member.newPage();
    await signInThroughForm(phone, env.server.url, 'teacher@example.org');
    await phone.goto(threadUrl);
    await phone.getByRole('heading', { level: 1, name: STUCK }).waitFor();
    expect(await phone.getByTestId('coi-panel').count()).toBe(0);
    const opening = phone.getByTestId('post').first();
    await opening.getByRole('button', { name: /^Helpful/ }).click();
    await expect
      .poll(() => opening.getByRole('button', { name: /^Helpful/ }).getAttribute('aria-pressed'))
      .toBe('true');
    const box = phone.getByLabel('Your reply');
    await box.fill(
      'Building on Sam’s number line and the price tags, I think the common thread is the missing units. So combining them: label each column first.',
    );
    await phone.getByRole('button', { name: 'Post the reply' }).click();
    await phone.getByText('Reply posted.').waitFor();
    await expect.poll(() => phone.getByTestId('post').count()).toBe(10);
    // The member corrects their own reply.
    const mine = phone.getByTestId('post').last();
    await mine.getByRole('button', { name: 'Edit' }).click();
    await mine
      .getByLabel('Your post')
      .fill('Building on Sam’s number line and the price tags: label each column with its unit first.');
    await mine.getByRole('button', { name: 'Save' }).click();
    await mine.getByText('label each column with its unit first.', { exact: false }).waitFor();
    await mine.getByText('edited', { exact: false }).waitFor();
    await settled(phone);
    await expectAccessible(phone, 'thread (member, phone)');
    await expectNoHorizontalScroll(phone, 'thread (member, phone)');

    // The facilitator's view counts the reply.
    await page.reload();
    await expect.poll(() => page.getByTestId('coi-post').count()).toBe(10);

    // The member opens a thread sharing one of their reflections (picked through its plan).
    type Plan = { id: string; title: string };
    const get = async (path: string) => (await phone.request.get(`${env.server.url}/api/v1${path}`)).json();
    const plans = (await get('/lesson-plans?scope=mine&order=desc&limit=50')).items as Plan[];
    let reflected: Plan | undefined;
    for (const plan of plans) {
      if ((await get(`/lesson-plans/${plan.id}/reflections`)).items.length > 0) {
        reflected = plan;
        break;
      }
    }
    expect(reflected).toBeDefined();
    await phone.goto(communityUrl);
    const start = phone.getByTestId('new-thread');
    await start.getByLabel('Title').fill('What my exit tickets told me');
    await start
      .getByLabel('Your question or idea')
      .fill('Here is what I noticed after the lesson. What would you try next?');
    await start.getByLabel('Share something of yours (optional)').selectOption('reflection');
    await start.getByLabel('Reflection on which plan').selectOption(reflected!.id);
    const which = start.getByLabel('Which reflection');
    await expect.poll(() => which.locator('option').count()).toBeGreaterThan(1);
    await which.selectOption({ index: 1 });
    await settled(phone);
    await expectAccessible(phone, 'new thread sharing a reflection (phone)');
    await start.getByRole('button', { name: 'Start the thread' }).click();
    await phone.getByRole('link', { name: 'What my exit tickets told me' }).click();
    const shared = phone.getByTestId('thread-artefact');
    await shared.getByText(reflected!.title, { exact: true }).waitFor();
    await facilitator.close();
    await member.close();
  });
});
