import { describe, expect, it } from 'vitest';
import { TINY_PNG } from '../server/test/multipart';
import { setupJourneys } from './support/environment';
import { expectAccessible, expectNoHorizontalScroll, screenshot, settled, signInThroughForm } from './support/pages';

/**
 * Issue 5, journey 1: the Grade 7 Math team runs a looking-at-student-work meeting. Its lead
 * (Taylor Teacher, on a laptop) schedules and facilitates it; Carlos Coach, a member, follows on a
 * phone. Both type notes on the same step at the same time and both notes survive; the meeting
 * ends with action items that appear on each owner's Home page. The meeting links the team's unit
 * and a sample of student work, which the coach scores against its success criteria during it.
 */
const env = setupJourneys();

describe('a team meeting with a protocol', () => {
  it('two members write notes at once on one step, and their action items reach their Home pages', async () => {
    const lead = await (
      await env.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } })
    ).newPage();
    await signInThroughForm(lead, env.server.url, 'teacher@example.org');
    await lead.getByRole('navigation').first().getByRole('link', { name: 'Teams' }).click();
    await lead.getByRole('link', { name: 'Grade 7 Math' }).click();
    await lead.getByRole('heading', { level: 1, name: 'Grade 7 Math' }).waitFor();
    await settled(lead);
    await lead.getByTestId('collaboration-minutes').getByRole('table').waitFor();
    await expectAccessible(lead, 'team page');

    // A sample of the team's student work to look at (uploaded through the API; units.e2e covers the form).
    const teamId = lead.url().split('/teams/')[1]!;
    const uploaded = await lead.request.post(`${env.server.url}/api/v1/teams/${teamId}/student-work`, {
      headers: { 'X-Requested-With': 'conecta' },
      multipart: {
        title: 'Exit ticket: unit rates',
        successCriteria: 'Labels the quantities',
        namesRemoved: 'true',
        file: { name: 'exit-ticket.png', mimeType: 'image/png', buffer: TINY_PNG },
      },
    });
    expect(uploaded.status()).toBe(201);

    await lead.getByRole('link', { name: 'Schedule a meeting' }).click();
    const form = lead.getByTestId('schedule-meeting');
    await form.getByLabel('Protocol').selectOption('looking-at-student-work');
    await form.getByLabel('Title').fill('Exit tickets: unit rates');
    await form.getByRole('checkbox', { name: 'Proportional relationships', exact: true }).check();
    await form.getByRole('checkbox', { name: 'Exit ticket: unit rates', exact: true }).check();
    await expectAccessible(lead, 'schedule a meeting');
    await form.getByRole('button', { name: 'Schedule' }).click();
    await lead.waitForURL(/\/meetings\/[0-9a-f-]{36}$/);
    const meetingUrl = lead.url();
    await lead.getByRole('heading', { level: 1, name: 'Exit tickets: unit rates' }).waitFor();
    await lead.getByRole('link', { name: 'Proportional relationships', exact: true }).waitFor();

    await lead.getByRole('button', { name: 'Start the meeting' }).click();
    await lead.getByTestId('current-step').filter({ hasText: 'Getting started' }).waitFor();
    await lead.getByRole('button', { name: 'Next step' }).click();
    await lead.getByTestId('current-step').filter({ hasText: 'Step 2 of 6: Describe' }).waitFor();
    await expectAccessible(lead, 'meeting runner (facilitator)');

    // The coach follows on a phone: the notes box is on the step the facilitator opened.
    const coach = await (
      await env.browser.newContext({ locale: 'en-US', viewport: { width: 360, height: 800 } })
    ).newPage();
    await signInThroughForm(coach, env.server.url, 'coach@example.org');
    await coach.goto(meetingUrl);
    await coach.getByTestId('current-step').filter({ hasText: 'Describe' }).waitFor();
    await expect.poll(() => coach.getByLabel('Notes for step').inputValue()).toBe('1');
    expect(await coach.getByRole('button', { name: 'Next step' }).count()).toBe(0);

    // Both type on the same step at the same time.
    const leadNote = 'Row 2: three students wrote 3/4 > 4/5 without a common denominator.';
    const coachNote = 'Most answers show the unit rate but no label on the quantities.';
    await Promise.all([
      lead.getByTestId('my-note').pressSequentially(leadNote, { delay: 5 }),
      coach.getByTestId('my-note').pressSequentially(coachNote, { delay: 5 }),
    ]);
    await Promise.all([
      lead.getByTestId('note-status').getByText('Saved.').waitFor(),
      coach.getByTestId('note-status').getByText('Saved.').waitFor(),
    ]);
    // Each sees the other's note appear (polled every two seconds), and keeps their own.
    await expect.poll(() => lead.getByTestId('others-notes').textContent(), { timeout: 10_000 }).toContain(coachNote);
    await expect.poll(() => coach.getByTestId('others-notes').textContent(), { timeout: 10_000 }).toContain(leadNote);
    await lead.reload();
    await expect.poll(() => lead.getByTestId('my-note').inputValue(), { timeout: 10_000 }).toBe(leadNote);
    await expect.poll(() => lead.getByTestId('others-notes').textContent(), { timeout: 10_000 }).toContain(coachNote);
    // The coach scores the linked sample against its success criteria, within the meeting.
    const work = coach.getByTestId('meeting-student-work');
    await work.getByRole('heading', { name: 'Exit ticket: unit rates' }).waitFor();
    await work.getByRole('radio', { name: '3 · Meeting' }).check();
    await work.getByRole('button', { name: 'Save my scores' }).click();
    await expect.poll(() => work.getByTestId('score-summary').textContent()).toContain('1 score, mean 3');
    await expectAccessible(coach, 'meeting runner (member, phone)');
    await expectNoHorizontalScroll(coach, 'meeting runner at 360 px');
    await screenshot(coach, 'meeting-runner-phone');

    // Implications: a decision and two action items, one for each of them.
    await lead.getByRole('button', { name: 'Next step' }).click();
    await lead.getByRole('button', { name: 'Next step' }).click();
    await lead.getByTestId('current-step').filter({ hasText: 'Implications for teaching' }).waitFor();
    const decisions = lead.getByTestId('decisions');
    await decisions.getByLabel('Decision').fill('Reteach labelling quantities on Monday.');
    await decisions.getByRole('button', { name: 'Record decision' }).click();
    await decisions.getByText('Reteach labelling quantities on Monday.').waitFor();

    const items = lead.getByTestId('action-items');
    const give = async (text: string, owner: string) => {
      await items.getByLabel('Action').fill(text);
      await items.getByLabel('Owner').selectOption({ label: owner });
      await items.getByRole('button', { name: 'Add action item' }).click();
      await items.getByText(text).waitFor();
    };
    await give('Model labelled quantities in period 3', 'Carlos Coach');
    await give('Bring Monday’s exit tickets', 'Taylor Teacher');

    await lead.getByRole('button', { name: 'End the meeting' }).click();
    await lead.getByText('This meeting has ended.').waitFor();
    await screenshot(lead, 'meeting-ended');

    // Each owner finds their item on Home.
    await coach.goto(env.server.url);
    await settled(coach);
    await expect
      .poll(() => coach.getByTestId('home-action-items').textContent())
      .toContain('Model labelled quantities in period 3');
    await expectAccessible(coach, 'coach home with action items');
    await expectNoHorizontalScroll(coach, 'coach home at 360 px');

    await lead.goto(env.server.url);
    await settled(lead);
    const card = lead.getByTestId('home-action-items');
    await expect.poll(() => card.textContent()).toContain('Bring Monday’s exit tickets');
    expect(await card.textContent()).not.toContain('Model labelled quantities');
    // Done: it leaves the card.
    await card.getByRole('button', { name: /Mark done.*Bring Monday/ }).click();
    await expect.poll(() => card.textContent()).not.toContain('Bring Monday’s exit tickets');
  }, 180_000);
});
