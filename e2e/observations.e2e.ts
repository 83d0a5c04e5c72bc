import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupJourneys } from './support/environment';
import { expectAccessible, expectNoHorizontalScroll, screenshot, settled, signInThroughForm } from './support/pages';

/**
 * Issue 4, journey 1: a coach schedules a coaching visit, the teacher shares the lesson plan, the
 * coach moves the visit to now and takes evidence on a tablet that loses the network (notes and a
 * tally wait on the device, survive a reload and reach the server exactly once), writes feedback
 * with one action step and shares it; the teacher reads it and responds; the coach's caseload
 * shows the follow-up with its due date, and recording the follow-up closes it.
 */
const env = setupJourneys();

/** The next school day on the browser's calendar (the demo has the teacher's plans for it). */
function nextSchoolDay(from = new Date()): string {
  const day = new Date(from.getFullYear(), from.getMonth(), from.getDate() + 1);
  while (day.getDay() === 0 || day.getDay() === 6) day.setDate(day.getDate() + 1);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

/** A moment as a `datetime-local` value on the browser's (and this machine's) clock. */
function localDateTime(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}T${pad(moment.getHours())}:${pad(moment.getMinutes())}`;
}

function plusDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

async function signedIn(email: string, viewport = { width: 1280, height: 900 }, locale = 'en-US') {
  const context = await env.browser.newContext({ locale, viewport, hasTouch: viewport.width < 1000 });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await signInThroughForm(page, env.server.url, email);
  return { context, page, problems };
}

async function openNav(page: Page, path: string) {
  await page.getByRole('navigation').first().locator(`a[href="${path}"]`).click();
  await page.waitForURL((url) => url.pathname === path);
  await settled(page);
}

const api = async (page: Page, path: string) => (await page.request.get(`${env.server.url}${path}`)).json();

async function goOnline(context: BrowserContext, page: Page) {
  await context.setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
}

describe('observation, feedback and follow-up in the browser', () => {
  const day = nextSchoolDay();
  const followUpDue = plusDays(day, 14);
  let observationId = '';
  const notes = [
    `Offline note A ${Date.now()}: 18 of 24 students wrote an answer on mini-whiteboards within 30 seconds.`,
    `Offline note B ${Date.now()}: the teacher waited about 5 seconds before taking answers.`,
  ];

  it('a coach schedules a coaching visit for a teacher of the school', async () => {
    const { context, page, problems } = await signedIn('coach@example.org');
    await openNav(page, '/coaching');
    await expectAccessible(page, 'caseload (empty)');

    await page.getByRole('link', { name: 'Schedule a visit' }).first().click();
    await page.waitForURL(/\/observations\/new$/);
    await settled(page);
    const form = page.locator('#schedule-observation');
    await form.getByLabel('Teacher').selectOption({ label: 'Taylor Teacher' });
    // Coaching is the default; evaluative is not offered.
    expect(await form.locator('input[name="kind"][value="coaching"]').isChecked()).toBe(true);
    expect(await form.locator('input[name="kind"][value="evaluative"]').count()).toBe(0);
    await form.getByLabel('Date and time').fill(`${day}T10:00`);
    // The follow-up date follows the visit: 14 days later unless changed.
    expect(await form.getByLabel('Follow-up date').inputValue()).toBe(followUpDue);
    const focus = form.getByTestId('focus-practices');
    await focus.locator('details summary').first().click();
    await focus.locator('input[type="checkbox"]').first().check();
    await form.getByLabel('Note for the visit (optional)').fill('We agreed to look at checking for understanding.');
    await expectAccessible(page, 'schedule form');
    await form.getByRole('button', { name: 'Schedule' }).click();

    await page.waitForURL(/\/observations\/[0-9a-f-]{36}$/);
    observationId = page.url().split('/').pop() ?? '';
    await page.getByRole('heading', { level: 1, name: 'Observation of Taylor Teacher' }).waitFor();
    await settled(page);
    await expectAccessible(page, 'observation (observer, scheduled)');
    const stored = await api(page, `/api/v1/observations/${observationId}`);
    expect(stored).toMatchObject({ kind: 'coaching', status: 'scheduled', followUpDue });
    expect(stored.focusPracticeIds).toHaveLength(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the teacher sees the visit coming and shares the lesson plan for that day', async () => {
    const { context, page, problems } = await signedIn('teacher@example.org');
    await openNav(page, '/my-feedback');
    await expectAccessible(page, 'my feedback (upcoming)');
    await page
      .getByTestId('upcoming-visits')
      .getByRole('link', { name: /Carlos Coach/ })
      .click();
    await page.waitForURL(`**/observations/${observationId}`);
    await settled(page);
    const attach = page.locator('#attach-plan');
    await attach.locator('input[name="planId"]').first().check();
    await expectAccessible(page, 'observation (teacher, attach plan)');
    await attach.getByRole('button', { name: 'Share this plan' }).click();
    await page.getByText('Plan shared with the observer.').waitFor();
    expect((await api(page, `/api/v1/observations/${observationId}`)).planId).toMatch(/^[0-9a-f-]{36}$/);
    // Nothing shared yet: the teacher sees no evidence or feedback.
    expect(await page.getByTestId('feedback-view').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the coach takes evidence on a tablet offline; it survives a reload and reaches the server once', async () => {
    const { context, page, problems } = await signedIn('coach@example.org', { width: 768, height: 1024 });
    // The teacher asked to move the visit: it happens now (the caseload counts follow-ups of visits made).
    await page.goto(`${env.server.url}/observations/${observationId}`);
    await settled(page);
    const manage = page.locator('#manage-visit');
    await manage.getByLabel('Date and time').fill(localDateTime(new Date(Date.now() - 10 * 60_000)));
    await manage.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Changes saved.').waitFor();
    expect((await api(page, `/api/v1/observations/${observationId}`)).followUpDue).toBe(followUpDue);

    await page.goto(`${env.server.url}/observations/${observationId}/capture`);
    await page.getByTestId('capture-plan').waitFor();
    // The service worker must control the page before the network goes away.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await page.getByTestId('note-composer').waitFor();
    expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    await settled(page);
    // The plan is there above the notes: objective and sequence.
    expect(await page.getByTestId('capture-plan').locator('.plan-view-section').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'capture (tablet)');
    await expectNoHorizontalScroll(page, 'capture (tablet)');

    await context.setOffline(true);
    const composer = page.getByTestId('note-composer');
    const box = page.getByLabel('What did you see or hear?');
    await box.fill(notes[0] as string);
    // Tag the note with a look-for of the focus practice.
    await composer.getByTestId('tag-toggles').locator('fieldset').first().locator('button').nth(1).click();
    await composer.getByRole('button', { name: 'Add note' }).click();
    await expect.poll(() => box.inputValue()).toBe('');
    await box.fill(notes[1] as string);
    await composer.getByRole('button', { name: 'Add note' }).click();
    await expect.poll(() => box.inputValue()).toBe('');

    const tally = page.getByTestId('tallies').locator('li.tally').first();
    await tally.getByRole('button', { name: /^\+1/ }).click();
    await tally.getByRole('button', { name: /^\+1/ }).click();
    await expect.poll(() => tally.locator('output').textContent()).toBe('2');

    const status = page.getByTestId('sync-status');
    await expect.poll(() => status.getAttribute('data-queued')).toBe('2');
    expect(await status.textContent()).toMatch(/saved on this device — will send when online/);
    expect(await page.locator('li.note[data-state="queued"]').count()).toBe(2);
    await screenshot(page, 'observation-capture-offline');

    // A reload without network: the screen opens from the device, the notes still wait.
    await page.reload();
    await page.getByTestId('note-composer').waitFor();
    await expect.poll(() => page.getByTestId('sync-status').getAttribute('data-queued')).toBe('2');
    // The plan and the notes come back from IndexedDB a moment after the screen: wait for them.
    await expect.poll(() => page.getByTestId('capture-plan').locator('.plan-view-section').count()).toBeGreaterThan(0);
    for (const text of notes) await expect.poll(() => page.getByTestId('note-list').textContent()).toContain(text);
    await expect.poll(() => page.getByTestId('tallies').locator('li.tally output').first().textContent()).toBe('2');

    await goOnline(context, page);
    await expect
      .poll(() => page.getByTestId('sync-status').getAttribute('data-state'), { timeout: 15_000 })
      .toBe('sent');
    expect(await page.getByTestId('sync-status').textContent()).toMatch(/Every note is sent/);

    // After a reload online the list comes from the server: each note exactly once.
    await page.reload();
    await page.getByTestId('note-list').waitFor();
    await expect.poll(() => page.locator('li.note[data-state="sent"]').count()).toBe(2);
    expect(await page.locator('li.note[data-state="queued"]').count()).toBe(0);
    const stored = (await api(page, `/api/v1/observations/${observationId}/notes`)).items as {
      text: string;
      lookForIds: string[];
    }[];
    expect(stored.map((n) => n.text).sort()).toEqual([...notes].sort());
    expect(stored.find((n) => n.text === notes[0])?.lookForIds).toHaveLength(1);
    const visit = await api(page, `/api/v1/observations/${observationId}`);
    expect(Object.values(visit.tallies)).toEqual([2]);
    expect(visit.status).toBe('observed');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the coach writes feedback with one action step and a strategy card, and shares it', async () => {
    const { context, page, problems } = await signedIn('coach@example.org');
    await page.goto(`${env.server.url}/observations/${observationId}`);
    await settled(page);
    expect(await page.getByTestId('evidence-list').textContent()).toContain(notes[0]);
    const form = page.locator('#feedback-form');
    await form
      .getByLabel('Strength')
      .fill('Every student answered on a mini-whiteboard: you saw the whole class at once.');
    await form.getByLabel('Growth area').fill('Deciding what to do with what the whiteboards show.');
    await form.getByLabel('The step').fill('Before the lesson, write the decision rule for your hinge question.');
    await form
      .getByLabel('How to practise it')
      .fill('Tomorrow and Thursday: write "if fewer than 80 % … then …" on the plan, then follow it.');
    await form.getByLabel('Link a strategy card (optional)').fill('exit tickets');
    await form
      .getByRole('button', { name: /^Choose / })
      .first()
      .click();
    await form.getByTestId('resource-picker').getByText('Card:').waitFor();
    await expectAccessible(page, 'feedback form');
    await form.getByRole('button', { name: 'Share with teacher' }).click();
    await page.getByText('Shared with the teacher.').waitFor();
    const visit = await api(page, `/api/v1/observations/${observationId}`);
    expect(visit.status).toBe('feedback-shared');
    expect(visit.feedback.actionStep.resourceId).toBeTruthy();
    // Once shared, the follow-up form appears.
    await page.locator('#follow-up-form').waitFor();
    await expectAccessible(page, 'observation (shared, follow-up form)');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the teacher reads the feedback with its evidence and responds', async () => {
    const { context, page, problems } = await signedIn('teacher@example.org');
    await openNav(page, '/my-feedback');
    const steps = page.getByTestId('action-steps');
    await steps.waitFor();
    expect(await steps.textContent()).toContain('decision rule for your hinge question');
    await expectAccessible(page, 'my feedback (action step)');
    await steps.getByRole('link', { name: 'Open the visit' }).first().click();
    await page.waitForURL(`**/observations/${observationId}`);
    await page.getByTestId('feedback-view').waitFor();
    expect(await page.getByTestId('action-step').textContent()).toContain('decision rule');
    await page.getByTestId('evidence-list').waitFor();
    expect(await page.getByTestId('evidence-list').textContent()).toContain(notes[1]);
    await page.getByLabel('Your response').fill('Thank you: I will try it in period 3 and tell you how it went.');
    await expectAccessible(page, 'observation (teacher, shared feedback)');
    await page.getByRole('button', { name: 'Send response' }).click();
    await page.getByTestId('teacher-response').waitFor();
    expect((await api(page, `/api/v1/observations/${observationId}`)).feedback.teacherResponse).toMatch(/period 3/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the coach’s caseload shows the follow-up with its due date; recording it closes the loop', async () => {
    const { context, page, problems } = await signedIn('coach@example.org');
    await openNav(page, '/coaching');
    const followUps = page.getByTestId('caseload-follow-ups');
    await followUps.waitFor();
    const item = followUps.locator('li', { hasText: 'Taylor Teacher' }).first();
    expect(await item.getByTestId('follow-up-due').getAttribute('data-due')).toBe(followUpDue);
    expect(await item.textContent()).toContain('decision rule');
    expect(await page.getByTestId('caseload-teachers').textContent()).toContain('Taylor Teacher');
    await expectAccessible(page, 'caseload (with follow-up)');
    await screenshot(page, 'observation-caseload');

    await item.getByRole('link', { name: 'Taylor Teacher' }).click();
    await page.waitForURL(`**/observations/${observationId}`);
    await page.getByTestId('teacher-response').waitFor();

    // The follow-up visit: how the step is going closes the loop and leaves the to-do list.
    const followUp = page.locator('#follow-up-form');
    await followUp.getByLabel('Progressing').check();
    await followUp.getByLabel('Note (optional)').fill('Decision rule written for two lessons; used once.');
    await followUp.getByRole('button', { name: 'Record follow-up' }).click();
    await page.getByText('Follow-up recorded.').waitFor();
    expect((await api(page, `/api/v1/observations/${observationId}`)).status).toBe('followed-up');
    await openNav(page, '/coaching');
    await page.getByTestId('caseload-teachers').waitFor();
    // The caseload refetches on arrival (a cached copy may show first): wait for the settled answer.
    await expect
      .poll(() => page.locator(`[data-testid="caseload-follow-ups"] a[href="/observations/${observationId}"]`).count())
      .toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('in Spanish: a coach’s caseload and scheduling form, at phone width', async () => {
    const { context, page, problems } = await signedIn('asesora@example.org', { width: 360, height: 780 }, 'es-ES');
    await page.goto(`${env.server.url}/coaching`);
    await settled(page);
    await page.getByRole('heading', { level: 1, name: 'Acompañamiento' }).waitFor();
    await expectAccessible(page, 'caseload (es)');
    await expectNoHorizontalScroll(page, 'caseload (es, 360 px)');
    await page.goto(`${env.server.url}/observations/new`);
    await settled(page);
    await page.locator('#schedule-observation').getByLabel('Docente').selectOption({ index: 1 });
    await page.getByTestId('focus-practices').locator('details').first().waitFor();
    await expectAccessible(page, 'schedule form (es)');
    await expectNoHorizontalScroll(page, 'schedule form (es, 360 px)');
    expect(problems).toEqual([]);
    await context.close();
  });
  it('a teacher schedules a peer visit to a teammate from “my feedback”', async () => {
    const { context, page, problems } = await signedIn('teacher@example.org');
    await openNav(page, '/my-feedback');
    await page.getByRole('link', { name: 'Visit a colleague' }).click();
    await page.waitForURL(/\/observations\/new$/);
    await settled(page);
    const form = page.locator('#schedule-observation');
    // Teammates only, and peer is the one kind a teacher may schedule.
    const colleague = form.locator('#schedule-teacher');
    expect(await form.locator('label[for="schedule-teacher"]').textContent()).toMatch(/^Colleague/);
    await colleague.selectOption({ label: 'Jordan Lee' });
    expect(await form.locator('input[name="kind"]').count()).toBe(1);
    expect(await form.locator('input[name="kind"][value="peer"]').isChecked()).toBe(true);
    await form.getByLabel('Date and time').fill(`${plusDays(day, 1)}T11:00`);
    await expectAccessible(page, 'schedule form (peer visit)');
    await form.getByRole('button', { name: 'Schedule' }).click();
    await page.waitForURL(/\/observations\/[0-9a-f-]{36}$/);
    const visit = await api(page, `/api/v1/observations/${page.url().split('/').pop()}`);
    expect(visit).toMatchObject({
      kind: 'peer',
      observer: { name: 'Taylor Teacher' },
      teacher: { name: 'Jordan Lee' },
    });
    expect(problems).toEqual([]);
    await context.close();
  });
});
