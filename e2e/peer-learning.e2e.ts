import { describe, expect, it } from 'vitest';
import { setupJourneys } from './support/environment';
import { expectAccessible, expectNoHorizontalScroll, settled, signInThroughForm } from './support/pages';

/**
 * Issue 6, peers to learn from (adr/0009): a colleague publishes an offer in Settings (on a phone,
 * 360 px); teacher@ sees a demo colleague who offered checks for understanding on Home with a
 * reason, asks to learn from them; the colleague accepts on /peer-requests; the teacher sees
 * "Accepted" and the colleague's email. axe on the new section and page.
 */
const env = setupJourneys();

describe('peers to learn from in the browser', () => {
  it('a colleague publishes an offer; the teacher asks another; that colleague accepts; emails show', async () => {
    // 1. A colleague publishes an offer in Settings (off by default).
    const meiContext = await env.browser.newContext({ locale: 'en-US', viewport: { width: 360, height: 800 } });
    const mei = await meiContext.newPage();
    await signInThroughForm(mei, env.server.url, 'mei.chen@example.org');
    await mei.goto(`${env.server.url}/settings`);
    await settled(mei);
    const section = mei.getByTestId('peer-offer');
    await section.getByRole('heading', { name: 'Colleagues can learn from me' }).waitFor();
    await expect.poll(() => section.getByTestId('peer-offer-status').innerText()).toContain('Not listed');
    expect(await section.innerText()).toContain('Never your plans');
    await section.getByRole('button', { name: 'Publish my offer' }).click();
    // Nothing chosen: the form says so and publishes nothing.
    await section.getByText('Choose at least one practice.').first().waitFor();
    expect(await section.getByTestId('peer-offer-status').innerText()).toContain('Not listed');
    await section.getByRole('checkbox', { name: 'Feedback' }).check();
    await section.getByRole('checkbox', { name: 'Questioning' }).check();
    await section.getByLabel('A note for colleagues (optional)').fill('Come and see my feedback routine.');
    await section.getByRole('button', { name: 'Publish my offer' }).click();
    await expect.poll(() => section.getByTestId('peer-offer-status').innerText()).toContain('Listed');
    await expectAccessible(mei, 'settings with the peer offer');
    await expectNoHorizontalScroll(mei, 'settings with the peer offer');

    // 2. teacher@ sees a colleague on Home, with a reason about their own work, and asks.
    const teacherContext = await env.browser.newContext({ locale: 'en-US', viewport: { width: 360, height: 800 } });
    const teacher = await teacherContext.newPage();
    await signInThroughForm(teacher, env.server.url, 'teacher@example.org');
    await settled(teacher);
    const peers = teacher.getByTestId('peers-to-learn-from');
    await peers.getByRole('heading', { name: 'Colleagues to learn from' }).waitFor();
    const sam = peers.getByTestId('recommendation').filter({ hasText: 'Sam Okafor' });
    await sam.waitFor();
    expect(await sam.innerText()).toContain('Colleague');
    expect(await sam.innerText()).toContain('Lincoln Middle School');
    expect((await sam.locator('[data-reason]').first().textContent()) ?? '').toMatch(/^Because/);
    await expectAccessible(teacher, 'home with colleagues to learn from');
    await expectNoHorizontalScroll(teacher, 'home with colleagues to learn from');
    await sam.getByRole('button', { name: 'Ask to learn from them' }).click();
    // Keyboard focus follows: into the form that replaced the button.
    await expect.poll(() => teacher.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    await sam.getByLabel('About which practice?').selectOption('checks-for-understanding');
    const message = sam.getByLabel('Your message');
    await message.fill('Could I visit your 3rd period to see the mini-whiteboards?');
    // What was typed survives a reload until it is sent.
    await teacher.reload();
    await settled(teacher);
    const samAgain = teacher.getByTestId('peers-to-learn-from').getByTestId('recommendation').filter({
      hasText: 'Sam Okafor',
    });
    await expect
      .poll(() => samAgain.getByLabel('Your message').inputValue())
      .toBe('Could I visit your 3rd period to see the mini-whiteboards?');
    await expectAccessible(teacher, 'ask form');
    await samAgain.getByLabel('Your message').press('Tab');
    await samAgain.getByRole('button', { name: 'Send request' }).press('Enter');
    await samAgain.getByText('Request sent to Sam Okafor.').waitFor();
    await expect
      .poll(() => teacher.evaluate(() => document.activeElement?.getAttribute('href')))
      .toBe('/peer-requests');

    // Reached from the account menu, like settings.
    await teacher.getByTestId('user-menu').getByRole('button', { name: 'Account' }).click();
    await teacher.getByTestId('user-menu').getByRole('link', { name: 'Learning requests' }).click();
    await settled(teacher);
    await teacher.getByRole('heading', { level: 1, name: 'Learning requests' }).waitFor();
    const outgoing = teacher.getByTestId('outgoing-requests').getByTestId('peer-request');
    await expect.poll(() => outgoing.first().innerText()).toContain('Waiting for an answer');
    expect(await teacher.getByTestId('peer-request-email').count()).toBe(0);

    // 3. Sam accepts on /peer-requests (linked from the notification).
    const samContext = await env.browser.newContext({ locale: 'en-US' });
    const samPage = await samContext.newPage();
    await signInThroughForm(samPage, env.server.url, 'sam.okafor@example.org');
    await samPage.goto(`${env.server.url}/notifications`);
    await settled(samPage);
    await samPage.getByText('Taylor Teacher asked to learn from you').first().waitFor();
    await samPage.goto(`${env.server.url}/peer-requests`);
    await settled(samPage);
    const incoming = samPage.getByTestId('incoming-requests').getByTestId('peer-request').first();
    await expect.poll(() => incoming.innerText()).toContain('Could I visit your 3rd period');
    await expectAccessible(samPage, 'learning requests (incoming)');
    await incoming.getByRole('button', { name: 'Accept the request from Taylor Teacher' }).click();
    await expect.poll(() => incoming.getByTestId('peer-request-status').innerText()).toBe('Accepted');
    expect(await incoming.getByTestId('peer-request-email').innerText()).toContain('teacher@example.org');

    // 4. The teacher sees "Accepted" and Sam's email.
    await teacher.reload();
    await settled(teacher);
    const accepted = teacher.getByTestId('outgoing-requests').getByTestId('peer-request').first();
    await expect.poll(() => accepted.getByTestId('peer-request-status').innerText()).toBe('Accepted');
    expect(await accepted.getByTestId('peer-request-email').innerText()).toContain('sam.okafor@example.org');
    await expectAccessible(teacher, 'learning requests (outgoing, accepted)');
    await expectNoHorizontalScroll(teacher, 'learning requests');

    await meiContext.close();
    await teacherContext.close();
    await samContext.close();
  });
});
