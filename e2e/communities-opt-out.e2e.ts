import { describe, expect, it } from 'vitest';
import { buildTenant, signIn } from '../server/test/factories';
import { setupJourneys } from './support/environment';
import { expectAccessible, expectNoHorizontalScroll, settled, signInThroughForm } from './support/pages';

/**
 * Communities across districts (adr/0010), on a phone and in Spanish (the demo admin's language):
 * another district's facilitator starts a cross-district community and hands over its join code;
 * the demo district's admin opts in with it, opens the community, and later takes the district out
 * again (asked twice), after which it is gone from the district's list.
 */
const env = setupJourneys();

describe('a district joins and leaves another district’s community', () => {
  it('the admin opts in with the join code, then takes the district out after confirming', async () => {
    // Another district, built in the journey's database (the demo has one district with people).
    const host = await buildTenant(env.server.database.db);
    const cookie = await signIn(env.server.app, host.facilitator.email);
    const created = await env.server.app.inject({
      method: 'POST',
      url: '/api/v1/communities',
      headers: { cookie },
      payload: { name: 'Andes fractions network', crossDistrict: true },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { joinCode } = created.json() as { joinCode: string };

    const context = await env.browser.newContext({ locale: 'es-419', viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await signInThroughForm(page, env.server.url, 'admin@example.org');
    await page.goto(`${env.server.url}/communities`);
    await settled(page);
    const optIn = page.getByTestId('opt-in');
    await optIn.getByLabel('Código de ingreso').fill(joinCode);
    await optIn.getByRole('button', { name: 'Sumar a mi distrito' }).click();
    await optIn.getByText('Tu distrito ahora participa en «Andes fractions network».').waitFor();

    const item = page.getByTestId('community-item').filter({ hasText: 'Andes fractions network' });
    await item.getByRole('link', { name: 'Andes fractions network' }).click();
    await page.getByRole('heading', { level: 1, name: 'Andes fractions network' }).waitFor();
    const card = page.getByTestId('community-opt-out');
    await card.getByRole('heading', { name: 'Tu distrito en esta comunidad' }).waitFor();
    await settled(page);
    await expectAccessible(page, 'community (admin of a district that opted in)');
    await expectNoHorizontalScroll(page, 'community (admin of a district that opted in)');

    // Asked twice; changing one's mind keeps the district in, and focus returns to the first button.
    await card.getByRole('button', { name: 'Sacar a nuestro distrito de esta comunidad' }).click();
    await card.getByText('¿Sacar a tu distrito de «Andes fractions network»?', { exact: false }).waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toBe('Sí, sacar a nuestro distrito');
    await expectAccessible(page, 'community opt-out question');
    await card.getByRole('button', { name: 'Mantener a nuestro distrito' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toBe('Sacar a nuestro distrito de esta comunidad');

    await card.getByRole('button', { name: 'Sacar a nuestro distrito de esta comunidad' }).click();
    await card.getByRole('button', { name: 'Sí, sacar a nuestro distrito' }).click();
    await page.getByRole('heading', { level: 1, name: 'Comunidades' }).waitFor();
    await settled(page);
    expect(await page.getByTestId('community-item').filter({ hasText: 'Andes fractions network' }).count()).toBe(0);
    await context.close();
  });
});
