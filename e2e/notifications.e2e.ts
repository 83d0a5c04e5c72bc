import { describe, expect, it } from 'vitest';
import { setupJourneys } from './support/environment';
import { expectAccessible, expectNoHorizontalScroll, screenshot, settled, signInThroughForm } from './support/pages';

/**
 * Issue 4, notifications: a coach schedules a visit; the teacher sees the unread count in the
 * header, reads the notification, opens the visit from it (which marks it read), and chooses a
 * daily digest instead of an email each time. Every screen passes axe, also at 360 px.
 */
const env = setupJourneys();

async function signedIn(email: string, viewport = { width: 1280, height: 900 }) {
  const context = await env.browser.newContext({ locale: 'en-US', viewport, hasTouch: viewport.width < 1000 });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await signInThroughForm(page, env.server.url, email);
  return { context, page, problems };
}

describe('notifications in the browser', () => {
  it('a teacher is told of a scheduled visit, reads it, and chooses a daily digest', async () => {
    const teacher = await signedIn('teacher@example.org', { width: 360, height: 780 });
    const me = await (await teacher.page.request.get(`${env.server.url}/api/v1/me`)).json();

    const coach = await signedIn('coach@example.org');
    const scheduled = await coach.page.request.post(`${env.server.url}/api/v1/observations`, {
      data: { teacherId: me.id, kind: 'coaching', scheduledAt: new Date(Date.now() + 3 * 86_400_000).toISOString() },
    });
    expect(scheduled.status()).toBe(201);
    const observationId = (await scheduled.json()).id as string;
    await coach.context.close();

    const { page } = teacher;
    await page.reload();
    await settled(page);
    const bell = page.getByTestId('notifications-bell');
    await expect.poll(() => bell.getAttribute('aria-label')).toBe('Notifications, 1 unread');
    await bell.click();
    await page.waitForURL((url) => url.pathname === '/notifications');
    await settled(page);
    const item = page.getByTestId('notification').first();
    expect(await item.textContent()).toContain('Carlos Coach scheduled a visit to your classroom on');
    await expectAccessible(page, 'notifications (unread)');
    await expectNoHorizontalScroll(page, 'notifications at 360 px');
    await screenshot(page, 'notifications-360');

    // Opening it goes to the visit and marks it read.
    await item.getByRole('link', { name: 'Open' }).click();
    await page.waitForURL((url) => url.pathname === `/observations/${observationId}`);
    await expect.poll(() => bell.getAttribute('aria-label')).toBe('Notifications');
    await bell.click();
    await page.waitForURL((url) => url.pathname === '/notifications');
    await settled(page);
    await expect.poll(() => page.getByRole('button', { name: 'Mark all as read' }).count()).toBe(0);
    await expect.poll(() => page.getByTestId('notification').first().getByText('New').count()).toBe(0);

    // Email preference on the settings page, reachable from the notifications page.
    await page.getByRole('link', { name: 'Choose whether they also come by email.' }).click();
    await page.waitForURL((url) => url.pathname === '/settings');
    await settled(page);
    const preferences = page.getByTestId('notification-preferences');
    await preferences.getByLabel('Email me').selectOption('daily-digest');
    await expect.poll(() => preferences.getByRole('status').textContent()).toBe('Saved.');
    await expectAccessible(page, 'settings with notification preferences');
    await expectNoHorizontalScroll(page, 'settings at 360 px');
    const saved = await (await page.request.get(`${env.server.url}/api/v1/me/notification-preferences`)).json();
    expect(saved).toEqual({ email: 'daily-digest' });
    await page.reload();
    await settled(page);
    expect(await preferences.getByLabel('Email me').inputValue()).toBe('daily-digest');

    expect(teacher.problems).toEqual([]);
    await teacher.context.close();
  });
});
