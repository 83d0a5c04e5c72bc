import { describe, expect, it } from 'vitest';
import { setupJourneys } from './support/environment';
import { expectAccessible, screenshot, settled, signInThroughForm } from './support/pages';

/**
 * Issue 4, journey 3 (a district admin imports a framework from a CSV with an error, sees the
 * row-level error, fixes it, imports), and a teacher choosing a growth focus that the planner
 * then asks about (focus.absent).
 */
const env = setupJourneys();

const header = 'domain_code,domain_title,practice_code,practice_title,practice_description,look_for_code,look_for_text';
const rows = (lookFor: string) => [
  header,
  'A,Ambiente de aula,A.1,Rutinas claras,Las rutinas liberan tiempo para aprender,A.1.a,Las transiciones duran menos de un minuto',
  `A,Ambiente de aula,A.1,Rutinas claras,Las rutinas liberan tiempo para aprender,A.1.b,${lookFor}`,
  'B,Evaluación formativa,B.1,Comprobar la comprensión,Antes de avanzar se mira la evidencia,B.1.a,Todo el grupo responde a la vez',
];

describe('practice frameworks in the browser', () => {
  it('a district admin imports a CSV: a row-level error first, then the fixed file', async () => {
    const context = await env.browser.newContext({ locale: 'es-ES', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signInThroughForm(page, env.server.url, 'admin@example.org');
    await page.goto(`${env.server.url}/frameworks`);
    await settled(page);
    // The built-in framework is there for every district.
    await page.locator('[data-framework-code="conecta"]').waitFor();
    await expectAccessible(page, 'frameworks');

    const form = page.locator('#import-framework');
    await form.getByLabel('Título del marco').fill('Marco del Distrito Demo');
    await form.getByLabel('O pega el texto del archivo').fill(rows('').join('\n'));
    await form.getByRole('button', { name: 'Importar' }).click();
    const errors = page.getByTestId('import-errors');
    await errors.waitFor();
    expect(await errors.textContent()).toMatch(/3/);
    expect(await errors.textContent()).toMatch(/look_for_text/);
    // The problem is told in the admin's language; the path names the file's own column.
    expect(await errors.textContent()).toMatch(/indicador observable/);
    await expectAccessible(page, 'import refused');
    await screenshot(page, 'framework-import-errors');
    expect(await page.locator('li[data-framework-code]').count()).toBe(1);

    await form
      .getByLabel('O pega el texto del archivo')
      .fill(rows('El material está listo antes de empezar').join('\n'));
    await form.getByRole('button', { name: 'Importar' }).click();
    await page.waitForURL(/\/frameworks\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: 'Marco del Distrito Demo' }).waitFor();
    expect(await page.locator('[data-practice-code]').count()).toBe(2);
    await expectAccessible(page, 'imported framework');
    await context.close();
  });

  it('a teacher chooses a growth focus, and a plan that does not show it is asked about', async () => {
    const context = await env.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signInThroughForm(page, env.server.url, 'teacher@example.org');
    await page.goto(`${env.server.url}/growth-focus`);
    await settled(page);
    const boxes = page.locator('input[type="checkbox"][data-practice-code]');
    await boxes.first().waitFor();
    await expectAccessible(page, 'growth focus');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await boxes.nth(2).click(); // a third is refused, with a message
    await page.getByText('Choose at most 2').waitFor();
    expect(await boxes.nth(2).isChecked()).toBe(false);
    await page.getByRole('button', { name: 'Save my growth focus' }).click();
    await page.getByText('Growth focus saved.').waitFor();

    const classes = (await (await page.request.get(`${env.server.url}/api/v1/classes`)).json()).items as {
      id: string;
    }[];
    const created = await page.request.post(`${env.server.url}/api/v1/lesson-plans`, {
      data: {
        classId: classes[0]!.id,
        title: 'Unrelated',
        date: '2026-03-02',
        objectives: ['Name the parts of a cell.'],
        segments: [],
      },
    });
    const plan = (await created.json()) as { id: string };
    await page.goto(`${env.server.url}/planner/plans/${plan.id}`);
    await page.locator('li.insight[data-rule-id="focus.absent"]').first().waitFor();
    // The plan can be tagged with the focus practices in the editor.
    await page.getByRole('heading', { name: 'Focus practices' }).scrollIntoViewIfNeeded();
    expect(await page.locator('#plan-focusPracticeIds input[type="checkbox"]').count()).toBe(2);
    await context.close();
  });
});
