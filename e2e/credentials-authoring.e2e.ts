import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupJourneys } from './support/environment';
import { expectAccessible, expectNoHorizontalScroll, screenshot, settled, signInThroughForm } from './support/pages';

/**
 * Issue 6, authoring and revocation: the demo coach writes a micro-credential on a phone (360 px),
 * by keyboard where it matters, and unsaved work survives a reload; a teacher finds it in the
 * catalogue, earns it (through the API: the earning journey is credentials.e2e.ts); the district
 * admin revokes the badge with a reason, and the public verify page then says "revoked" with the
 * date, never the reason.
 */
const env = setupJourneys();
const byId = (page: Page, id: string) => page.locator(`[id="${id}"]`);

describe('authoring and revoking a micro-credential in the browser', () => {
  it('a coach authors one a teacher sees; an admin revokes the badge and verification says so', {
    timeout: 150_000,
  }, async () => {
    const title = `Wait time ${Date.now().toString(36)}`;
    const coachContext = await env.browser.newContext({ locale: 'en-US', viewport: { width: 360, height: 800 } });
    const coach = await coachContext.newPage();
    await signInThroughForm(coach, env.server.url, 'coach@example.org');
    await coach.goto(`${env.server.url}/credentials`);
    await settled(coach);
    await coach.getByRole('link', { name: 'New micro-credential' }).click();
    await coach.getByRole('heading', { level: 1, name: 'New micro-credential' }).waitFor();
    await settled(coach);

    // Unsaved work survives a reload (kept in this tab's session storage).
    await coach.getByLabel('Name').fill(title);
    await coach.reload();
    await settled(coach);
    await coach.getByText('Your unsaved changes from before were restored.').waitFor();
    expect(await coach.getByLabel('Name').inputValue()).toBe(title);

    // Checked before sending: the first missing field gets focus and says why.
    await coach.getByRole('button', { name: 'Create micro-credential' }).click();
    await expect.poll(() => coach.evaluate(() => document.activeElement?.id)).toBe('description.en');
    await coach.locator('[id="description.en-error"]').waitFor();

    await coach.getByLabel('Description').fill('Gives every student time to think before anyone answers.');
    await coach.getByLabel('Competency').fill('Questioning that includes every student');
    await coach.getByLabel('Key method').fill('Three to five seconds of wait time after each question.');
    await byId(coach, 'r1-kind').selectOption({ label: 'Written piece' });
    await byId(coach, 'requirements.0.prompt.en').fill('What changed when you waited');

    // A second requirement, added and removed by keyboard.
    await coach.getByRole('button', { name: 'Add a requirement' }).focus();
    await coach.keyboard.press('Enter');
    await expect.poll(() => coach.evaluate(() => document.activeElement?.id)).toBe('r2-kind');
    await coach.getByRole('button', { name: 'Remove Requirement 2' }).focus();
    await coach.keyboard.press('Enter');
    await expect.poll(() => coach.getByRole('group', { name: 'Requirement 2' }).count()).toBe(0);

    await byId(coach, 'rubric.0.name.en').fill('Wait time');
    for (const [index, level] of ['Rarely', 'Sometimes', 'Consistently'].entries())
      await byId(coach, `rubric.0.levels.${index}.en`).fill(level);
    await byId(coach, 'rubric.0.passLevel').selectOption({ label: '3. Consistently' });
    await expectAccessible(coach, 'credential editor');
    await expectNoHorizontalScroll(coach, 'credential editor');
    await screenshot(coach, 'credentials-author');
    await coach.getByRole('button', { name: 'Create micro-credential' }).click();
    await coach.getByText('Micro-credential created.', { exact: false }).waitFor();
    await coach.getByRole('heading', { name: title }).waitFor();
    await expectAccessible(coach, 'catalogue with the new one');

    // A teacher sees it in the catalogue.
    const teacherContext = await env.browser.newContext({ locale: 'en-US' });
    const teacher = await teacherContext.newPage();
    await signInThroughForm(teacher, env.server.url, 'teacher@example.org');
    await teacher.goto(`${env.server.url}/credentials`);
    await settled(teacher);
    const card = teacher.locator('section.card', { has: teacher.getByRole('heading', { name: title }) });
    await card.getByText('What changed when you waited', { exact: false }).waitFor();

    // The teacher earns it (API), the coach passes it (API).
    const api = `${env.server.url}/api/v1`;
    const mc = (
      (await (await teacher.request.get(`${api}/credentials`)).json()).items as { id: string; title: string }[]
    ).find((item) => item.title === title)!;
    const started = await (await teacher.request.post(`${api}/credentials/${mc.id}/submissions`, { data: {} })).json();
    const saved = await teacher.request.put(`${api}/credentials/submissions/${started.id}/draft`, {
      data: {
        evidence: [{ requirementId: 'r1', type: 'text', text: 'Twice as many hands went up after I waited.' }],
        reflections: { r1: 'Waiting felt long, but the answers were better.' },
      },
    });
    expect(saved.status()).toBe(200);
    expect(
      (await teacher.request.post(`${api}/credentials/submissions/${started.id}/submit`, { data: {} })).status(),
    ).toBe(200);
    const reviewed = await coach.request.post(`${api}/credentials/submissions/${started.id}/review`, {
      data: { scores: [{ criterionId: 'c1', level: 2 }] },
    });
    expect(reviewed.status()).toBe(200);
    const credentialId = (await reviewed.json()).credentialId as string;

    // The district admin (the demo one reads Spanish) revokes it, with a reason.
    const adminContext = await env.browser.newContext({ locale: 'en-US' });
    const admin = await adminContext.newPage();
    await signInThroughForm(admin, env.server.url, 'admin@example.org');
    await admin.goto(`${env.server.url}/credentials`);
    await settled(admin);
    await admin.getByRole('link', { name: 'Insignias emitidas' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Insignias emitidas' }).waitFor();
    await settled(admin);
    await expectAccessible(admin, 'issued badges');
    const row = admin.getByTestId(`issued-${credentialId}`);
    await row.getByRole('button', { name: 'Revocar' }).click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByLabel('Motivo').fill('Issued to the wrong teacher by mistake.');
    await expectAccessible(admin, 'revoke dialog');
    await dialog.getByRole('button', { name: 'Revocar la insignia' }).click();
    await row.getByText('Revocada el', { exact: false }).waitFor();

    // Anyone with the link, signed out: revoked on a date, the reason never shown.
    const visitorContext = await env.browser.newContext({ locale: 'en-US', viewport: { width: 360, height: 800 } });
    const visitor = await visitorContext.newPage();
    await visitor.goto(`${env.server.url}/credentials/${credentialId}/verify`);
    await visitor.getByTestId('revocation').getByText('Revoked by the issuer on', { exact: false }).waitFor();
    expect(await visitor.locator('main').textContent()).not.toContain('wrong teacher');
    await expectAccessible(visitor, 'verify page (revoked)');
    await expectNoHorizontalScroll(visitor, 'verify page (revoked)');
    await screenshot(visitor, 'credentials-revoked');

    // The earner sees it on their submission.
    await teacher.goto(`${env.server.url}/credentials/submissions/${started.id}`);
    await settled(teacher);
    await teacher.getByTestId('earned-badge').getByText('was revoked by its issuer', { exact: false }).waitFor();

    await Promise.all([coachContext.close(), teacherContext.close(), adminContext.close(), visitorContext.close()]);
  });
});
