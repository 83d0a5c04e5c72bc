import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CPL_INSTRUMENT } from '#core/cpl/index';
import { setupJourneys } from './support/environment';
import { expectAccessible, expectNoHorizontalScroll, screenshot, settled, signInThroughForm } from './support/pages';

/**
 * Issue 6: a district admin answers part of the Connected-Professional-Learning self-assessment
 * (by mouse and by keyboard; the demo admin reads Spanish), reloads and finds the answers kept (autosave), answers one item in
 * every domain, submits, and reads the results: bands and next steps beside the platform's
 * indicators, labelled diagnostic. Then the same on a phone (360 px).
 */
const env = setupJourneys();

const saved = (page: Page) =>
  page.waitForResponse((r) => r.url().includes('/api/v1/self-assessments/') && r.request().method() === 'PATCH');

async function choose(page: Page, itemId: string, value: number) {
  const response = saved(page);
  await page
    .getByTestId(`item-${itemId}`)
    .getByRole('radio', { name: new RegExp(`^${value} `) })
    .check();
  expect((await response).status()).toBe(200);
}

describe('self-assessment in the browser', () => {
  it('a district admin answers, reloads, submits and reads the results beside the indicators', async () => {
    const context = await env.browser.newContext({ locale: 'es-ES', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signInThroughForm(page, env.server.url, 'admin@example.org');
    await page.goto(`${env.server.url}/self-assessment`);
    await settled(page);
    await page.getByRole('heading', { level: 1, name: 'Autodiagnóstico de la formación docente' }).waitFor();
    await page.getByText('Diagnóstico, no evaluación').first().waitFor();
    await expectAccessible(page, 'questionnaire');

    await choose(page, 'time.amount.1', 2);
    await choose(page, 'time.amount.2', 3);
    // Keyboard only: focus the first point of an item and pick it with Space.
    const keyed = saved(page);
    await page.getByTestId('item-time.amount.3').getByRole('radio').first().focus();
    await page.keyboard.press('Space');
    expect((await keyed).status()).toBe(200);
    await page.getByText('Todos los cambios guardados.').waitFor();

    await page.reload();
    await settled(page);
    const amount2 = page.getByTestId('item-time.amount.2').getByRole('radio', { name: /^3 / });
    await amount2.waitFor();
    expect(await amount2.isChecked()).toBe(true);
    expect(await page.getByTestId('item-time.amount.3').getByRole('radio', { name: /^1 / }).isChecked()).toBe(true);

    // A note typed and left at once, within the autosave delay: saved on leaving, not dropped.
    const note = page.getByLabel('Notas sobre Tiempo para aprender');
    const noteSaved = saved(page);
    await note.fill('Los viernes se pierden en asambleas.');
    await page.getByRole('link', { name: 'Ver resultados' }).click();
    expect((await noteSaved).status()).toBe(200);
    // Back only once the results page is there, and on until the questionnaire's address is back.
    await page.waitForURL(/\/self-assessment\/[^/]+\/results/);
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/self-assessment');
    await settled(page);
    await page.getByLabel('Notas sobre Tiempo para aprender').waitFor();
    expect(await page.getByLabel('Notas sobre Tiempo para aprender').inputValue()).toBe(
      'Los viernes se pierden en asambleas.',
    );
    // A note typed just before a full reload comes back from this tab's storage and is saved then.
    await page.getByLabel('Notas sobre Tiempo para aprender').fill('Los viernes son cortos.');
    await page.reload();
    await settled(page);
    await page.getByLabel('Notas sobre Tiempo para aprender').waitFor();
    expect(await page.getByLabel('Notas sobre Tiempo para aprender').inputValue()).toBe('Los viernes son cortos.');
    await page.getByText('Todos los cambios guardados.').waitFor();

    const last = CPL_INSTRUMENT.filter((domain) => domain.id !== 'time');
    for (const domain of last.slice(0, -1)) await choose(page, domain.subDimensions[0]!.items[0]!.id, 3);
    // The last answer and Submit at once: Submit waits for the save, so nothing is lost or refused.
    const lastItem = last.at(-1)!.subDimensions[0]!.items[0]!.id;
    await page.getByTestId(`item-${lastItem}`).getByRole('radio', { name: /^3 / }).check();
    await page.getByRole('button', { name: 'Enviar' }).click();
    await page.getByRole('button', { name: 'Reabrir' }).waitFor();
    expect(await page.getByTestId(`item-${lastItem}`).getByRole('radio', { name: /^3 / }).isChecked()).toBe(true);
    expect(await page.getByTestId('item-time.amount.1').getByRole('radio').first().isDisabled()).toBe(true);
    await expectAccessible(page, 'submitted');

    await page.getByRole('link', { name: 'Ver resultados' }).click();
    await settled(page);
    const time = page.getByTestId('result-time');
    await time.waitFor();
    // 2, 3 and 1 over three of six items: 2.0, needs improvement, with next steps.
    expect(await time.textContent()).toContain('Necesita mejorar');
    expect(await time.getByRole('heading', { name: 'Próximos pasos' }).count()).toBe(1);
    await time.getByTestId('indicator-collaboration-minutes').waitFor();
    expect(await time.getByTestId('indicator-collaboration-minutes').textContent()).toMatch(
      /referencia 90|Oculto: menos de 5 personas|Sin datos aún/,
    );
    expect(await page.getByTestId('result-curriculum').textContent()).toContain('Faltan respuestas');
    await page.getByText('Diagnóstico, no evaluación').first().waitFor();
    await expectAccessible(page, 'results');
    await screenshot(page, 'self-assessment-results');
    await context.close();
  });

  it('works at 360 px: questionnaire, results and years side by side', async () => {
    const context = await env.browser.newContext({ locale: 'es-ES', viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await signInThroughForm(page, env.server.url, 'admin@example.org');
    await page.goto(`${env.server.url}/self-assessment`);
    await settled(page);
    await page.getByRole('heading', { level: 1, name: 'Autodiagnóstico de la formación docente' }).waitFor();
    await page.getByTestId('cpl-years').getByText('Enviado').first().waitFor();
    await expectAccessible(page, 'questionnaire 360');
    await expectNoHorizontalScroll(page, 'questionnaire 360');
    await screenshot(page, 'self-assessment-360');

    await page.getByRole('link', { name: 'Ver resultados' }).click();
    await settled(page);
    await page.getByTestId('result-time').waitFor();
    expect(await page.getByTestId('result-time').textContent()).toContain('Necesita mejorar');
    await expectAccessible(page, 'results 360');
    await expectNoHorizontalScroll(page, 'results 360');
    await context.close();
  });
});
