import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoDistrict } from '../server/src/db/seed/demo-district';
import { setupJourneys } from './support/environment';
import { expectAccessible, expectNoHorizontalScroll, screenshot, settled, signInThroughForm } from './support/pages';

/**
 * Issue 4, journey 2: a school leader runs a learning walk across five classrooms on a phone and
 * reads the pattern report, which names no teacher. Then the district admin reads it in Spanish,
 * and a teacher of the school finds what was seen on their home page.
 */
const env = setupJourneys();

const TEACHER_NAMES = demoDistrict.people.filter((p) => p.roles.some((r) => r.role === 'teacher')).map((p) => p.name);

type Room = {
  evidence: 'seen' | 'partly' | 'not-seen';
  subject: string;
  showing: number;
  observed: number;
  note?: string;
  label?: string;
};
// Seen 3, partly 1, not seen 1; students 61 of 120; all five in grades 6–8.
const ROOMS: Room[] = [
  {
    evidence: 'seen',
    subject: 'math',
    showing: 20,
    observed: 25,
    note: 'Pairs explain a step to each other.',
    label: 'B-12',
  },
  { evidence: 'seen', subject: 'science', showing: 18, observed: 24, note: 'Claims backed by data from the lab.' },
  { evidence: 'partly', subject: 'math', showing: 8, observed: 26, note: 'A few voices only; most listen.' },
  { evidence: 'not-seen', subject: 'literacy', showing: 0, observed: 22 },
  { evidence: 'seen', subject: 'literacy', showing: 15, observed: 23, note: 'Sentence frames on every desk.' },
];

async function recordRoom(page: Page, room: Room, number: number) {
  const form = page.locator('form.walk-room-form');
  await form.getByRole('heading', { name: `Room ${number}` }).waitFor();
  await form.locator(`input[name="evidence"][value="${room.evidence}"]`).check();
  await form.getByLabel('Grade band').selectOption('6-8');
  await form.getByLabel('Subject').selectOption(room.subject);
  await form.getByLabel('Count students showing it').check();
  // Typed for most of the count, then the + button for the last one, as a walker would.
  await form.locator('#tally-showing').fill(String(Math.max(0, room.showing - 1)));
  if (room.showing > 0) await form.getByRole('button', { name: 'One more: Students showing it' }).click();
  await form.locator('#tally-observed').fill(String(room.observed));
  if (room.note) await form.getByLabel('Note (optional)').fill(room.note);
  if (room.label) await form.getByLabel('Your label for the room (optional)').fill(room.label);
  await form.getByRole('button', { name: 'Save and go to the next room' }).click();
}

describe('learning walks in the browser', () => {
  let walkPath = '';

  it('a leader walks five rooms on a phone, closes the walk and reads a report that names no teacher', async () => {
    const context = await env.browser.newContext({
      locale: 'en-US',
      viewport: { width: 390, height: 844 },
      hasTouch: true,
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await signInThroughForm(page, env.server.url, 'leader@example.org');

    await page.goto(`${env.server.url}/walks`);
    await settled(page);
    await expectAccessible(page, 'walks list (empty)');
    await page.getByRole('link', { name: 'Start a walk' }).click();
    await page.waitForURL((url) => url.pathname === '/walks/new');
    await settled(page);

    // The focus: a practice of the school's framework, then one of its look-fors.
    const practice = page.getByLabel('Practice', { exact: true });
    await practice.locator('option').nth(1).waitFor({ state: 'attached' });
    await practice.selectOption({ index: 1 });
    const lookFor = page.locator('input[name="lookForId"]').first();
    await lookFor.waitFor();
    const lookForText = (await lookFor.locator('xpath=..').innerText()).trim();
    await lookFor.check();
    await page.getByLabel('Purpose (optional)').fill('How much of the talk is students’ talk?');
    await expectAccessible(page, 'start a walk');
    await expectNoHorizontalScroll(page, 'start a walk at 390 px');
    await page.getByRole('button', { name: 'Start the walk' }).click();
    await page.waitForURL(/\/walks\/[0-9a-f-]{36}$/);
    walkPath = new URL(page.url()).pathname;
    await settled(page);
    expect(await page.getByTestId('walk-focus').innerText()).toBe(lookForText);
    await expectAccessible(page, 'capture');
    await expectNoHorizontalScroll(page, 'capture at 390 px');

    const count = page.getByTestId('rooms-count');
    for (const [i, room] of ROOMS.entries()) {
      if (i === 3) {
        // A dead spot in the corridor: the room waits on the phone and goes when the network is back.
        await context.setOffline(true);
        await recordRoom(page, room, i + 1);
        await page.getByText('Saved on this device; it will be sent when the connection returns.').waitFor();
        await page.getByText('Waiting to send').waitFor();
        await context.setOffline(false);
        await page.getByText('Waiting to send').waitFor({ state: 'detached' });
      } else {
        await recordRoom(page, room, i + 1);
        await page.getByText('Room saved. On to the next one.').waitFor();
      }
      await expect.poll(() => count.innerText()).toContain(`${i + 1} room`);
    }
    await screenshot(page, 'walk-capture-390px');

    // A mis-tap corrected: the first room was science, not math; still five rooms.
    await page.getByRole('button', { name: 'Correct · B-12' }).click();
    await page.getByRole('heading', { name: 'Correct a room' }).waitFor();
    expect(await page.getByLabel('Subject').inputValue()).toBe('math');
    await page.getByLabel('Subject').selectOption('science');
    await page.getByRole('button', { name: 'Save the correction' }).click();
    await page.getByRole('heading', { name: 'Room 6' }).waitFor();
    expect(await count.innerText()).toContain('5 rooms');

    await page.getByRole('button', { name: 'Close the walk' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Close and read the report' }).click();
    await page.waitForURL((url) => url.pathname === `${walkPath}/report`);
    await settled(page);
    await page.getByTestId('walk-report').waitFor();

    // What was entered, as counts and percentages.
    expect(await page.getByTestId('rooms-visited').innerText()).toBe('5 rooms visited');
    expect(await page.getByTestId('seen-at-least-partly').innerText()).toBe(
      'Seen at least partly in 80 % of rooms (4 of 5)',
    );
    expect(await page.getByTestId('pattern-seen').innerText()).toBe('60 % (3 rooms)');
    expect(await page.getByTestId('pattern-partly').innerText()).toBe('20 % (1 room)');
    expect(await page.getByTestId('pattern-notSeen').innerText()).toBe('20 % (1 room)');
    expect(await page.getByTestId('students').innerText()).toContain('51 % of students observed');
    expect(await page.getByTestId('students').innerText()).toContain('61 of 120');
    // Five rooms in one grade band: that group is shown; no subject reaches five.
    expect(await page.getByRole('table', { name: 'By grade band' }).innerText()).toContain('Grades 6–8');
    await page.getByText('No group has 5 rooms or more, so none is shown.').waitFor();
    expect(await page.getByTestId('notes').locator('li').allInnerTexts()).toEqual([
      'A few voices only; most listen.',
      'Claims backed by data from the lab.',
      'Pairs explain a step to each other.',
      'Sentence frames on every desk.',
    ]);

    // Nobody is named: no demo teacher, and not the walker's own room label.
    const text = await page.locator('main').innerText();
    for (const name of TEACHER_NAMES) expect(text).not.toContain(name);
    expect(text).not.toContain('B-12');
    await expectAccessible(page, 'walk report');
    await expectNoHorizontalScroll(page, 'report at 390 px');
    await screenshot(page, 'walk-report-390px');

    // The walk is closed: its page is the summary now, the room list is gone.
    await page.goto(`${env.server.url}${walkPath}`);
    await settled(page);
    expect(await page.locator('form.walk-room-form').count()).toBe(0);
    await expectAccessible(page, 'closed walk');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the district admin reads the same report in Spanish', async () => {
    expect(walkPath).not.toBe('');
    const context = await env.browser.newContext({ locale: 'es-ES', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signInThroughForm(page, env.server.url, 'admin@example.org');
    await page.goto(`${env.server.url}${walkPath}/report`);
    await settled(page);
    await page.getByRole('heading', { level: 1, name: 'Informe del recorrido de aprendizaje' }).waitFor();
    expect(await page.getByTestId('pattern-seen').innerText()).toBe('60 % (3 aulas)');
    expect(await page.getByTestId('seen-at-least-partly').innerText()).toBe(
      'Observado al menos en parte en el 80 % de las aulas (4 de 5)',
    );
    const text = await page.locator('main').innerText();
    for (const name of TEACHER_NAMES) expect(text).not.toContain(name);
    await expectAccessible(page, 'informe del recorrido');
    await page.goto(`${env.server.url}/walks`);
    await settled(page);
    await expectAccessible(page, 'recorridos de aprendizaje');
    await context.close();
  });

  it('a teacher of the school sees on their home what was seen, without names', async () => {
    const context = await env.browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await signInThroughForm(page, env.server.url, 'teacher@example.org');
    await settled(page);
    const section = page.getByTestId('home-walks');
    await section.getByText('seen at least partly in 80 % of 5 rooms').waitFor();
    await section.getByRole('link', { name: 'See all learning walks' }).click();
    await page.waitForURL((url) => url.pathname === '/walks');
    await settled(page);
    const card = page.locator('[data-walk-id]').first();
    await expect.poll(() => card.getByText('60 % (3 rooms)').count()).toBe(1);
    // Teachers read the summary only: no link to the report, nor to capture.
    expect(await card.getByRole('link').count()).toBe(0);
    await expectAccessible(page, 'walks for a teacher');
    await context.close();
  });
});
