import { describe, expect, it } from 'vitest';
import { setupJourneys } from './support/environment';
import { expectAccessible, expectNoHorizontalScroll, screenshot, settled, signInThroughForm } from './support/pages';

/**
 * Issue 6, districts like yours: the demo district admin (Spanish) follows the link from the home
 * page's district settings, fills in the district's context, opts in after reading what is shared,
 * and sees the comparison with the demo's synthetic similar districts — on a phone (360 px), with
 * axe at each step, and never a peer district's name.
 */
const env = setupJourneys();

describe('districts like yours in the browser', () => {
  it('an admin fills the context, opts in and sees the comparison', async () => {
    const context = await env.browser.newContext({ locale: 'es-ES', viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await signInThroughForm(page, env.server.url, 'admin@example.org');
    await page.getByRole('link', { name: 'Abrir distritos como el tuyo' }).click();
    await page.waitForURL(/\/districts-like-yours$/);
    await settled(page);
    await page.getByRole('heading', { level: 1, name: 'Distritos como el tuyo' }).waitFor();
    const comparison = page.getByTestId('peer-comparison');
    await comparison.getByText('El contexto de tu distrito aún no está completo.').waitFor();
    await expectAccessible(page, 'empty profile');
    await expectNoHorizontalScroll(page, 'empty profile');

    const form = page.getByTestId('peer-profile');
    // A bad percentage is caught before anything is sent.
    await form.getByLabel('Número de estudiantes').fill('4800');
    await form.getByLabel('Estudiantes en situación de pobreza (%)').fill('140');
    await form.getByLabel('Estudiantes que aprenden inglés (%)').fill('20');
    await form.getByLabel('Entorno').selectOption('suburb');
    await form.getByRole('button', { name: 'Guardar' }).click();
    await form.getByText('Escribe un porcentaje de 0 a 100.').waitFor();
    await expectAccessible(page, 'profile with an error');

    await form.getByLabel('Estudiantes en situación de pobreza (%)').fill('45');
    await form.getByText('Qué se comparte al participar').waitFor();
    await form.getByLabel('Participar en distritos como el tuyo').check();
    await form.getByRole('button', { name: 'Guardar' }).click();
    await form.getByText('Guardado.').waitFor();
    await form.getByText(/Participa desde el .* \(lo eligió Ana Administradora\)\./).waitFor();

    const table = comparison.getByRole('table');
    await table.waitFor();
    await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThan(3);
    await comparison.getByRole('columnheader', { name: 'Distritos similares (mediana)' }).waitFor();
    // Seven similar districts took part: every indicator has a median and a middle half ("45 % a 60 %").
    await expect.poll(() => comparison.getByText(/\d\s?%\sa\s\d/).count()).toBeGreaterThan(0);
    expect(await comparison.getByText('No hay suficientes distritos similares').count()).toBe(0);
    const text = await page.locator('main').innerText();
    expect(text).not.toContain('Synthetic peer district');
    expect(text).not.toContain('Aún no hay suficientes distritos similares');
    await expectAccessible(page, 'comparison');
    await expectNoHorizontalScroll(page, 'comparison');
    await screenshot(page, 'peer-districts-comparison');
    await context.close();
  });
});
