import { describe, expect, it } from 'vitest';
import { setupJourneys } from './support/environment';
import { expectAccessible, settled, signInThroughForm } from './support/pages';

const env = setupJourneys();

describe('a district admin brings a new teacher in', () => {
  it('invites by email; the teacher opens the link, sets a password and lands on their home', async () => {
    const admin = await (await env.browser.newContext({ locale: 'en-US' })).newPage();
    await signInThroughForm(admin, env.server.url, 'admin@example.org');
    const schools = await admin.evaluate(async () => (await (await fetch('/api/v1/schools')).json()).items);
    // The admin's own screens are exercised in roles.e2e.ts; here the invitation goes through the API the page uses.
    const invited = await admin.evaluate(
      async (schoolId) =>
        (
          await fetch('/api/v1/users/invitations', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              email: 'new.teacher@example.org',
              name: 'New Teacher',
              locale: 'en',
              roles: [{ role: 'teacher', schoolId }],
            }),
          })
        ).status,
      schools[0].id,
    );
    expect(invited).toBe(201);

    await admin.goto(`${env.server.url}/outbox`);
    await settled(admin);
    const link = admin.locator('a[href*="/accept-invite?token="]').first();
    const href = (await link.getAttribute('href'))!;
    expect(href).toContain('/accept-invite?token=');

    const teacherContext = await env.browser.newContext({ locale: 'en-US' });
    const teacher = await teacherContext.newPage();
    await teacher.goto(`${env.server.url}${new URL(href).pathname}${new URL(href).search}`);
    await settled(teacher);
    await expectAccessible(teacher, 'accept invitation');
    expect(await teacher.locator('main').textContent()).toContain('new.teacher@example.org');
    const passwords = teacher.locator('input[type="password"]');
    const count = await passwords.count();
    for (let i = 0; i < count; i++) await passwords.nth(i).fill('a long new password');
    await teacher.locator('form button[type="submit"]').click();
    await teacher.waitForURL((url) => url.pathname === '/');
    await teacher.getByTestId('home-teacher').waitFor();
    const me = await teacher.evaluate(async () => (await fetch('/api/v1/me')).json());
    expect(me).toMatchObject({ email: 'new.teacher@example.org', roles: [{ role: 'teacher' }] });
    await teacherContext.close();
  });
});
