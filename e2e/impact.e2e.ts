import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { setupJourneys } from './support/environment';
import { expectAccessible, expectNoHorizontalScroll, screenshot, settled, signInThroughForm } from './support/pages';

/**
 * Issue 6, journey 2: a district admin creates an initiative, targets authored backwards (level 5
 * first), sees the five levels fill from the demo district's work, drills into a school and
 * downloads a table as CSV — where, as on screen, no group under five people shows.
 */
const env = setupJourneys();
// The demo district admin reads Conecta in Spanish: the journey runs in Spanish too.

describe('initiatives and Guskey dashboards in the browser', () => {
  it('an admin creates an initiative, reads the five levels, drills into a school and downloads a CSV', async () => {
    const context = await env.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await signInThroughForm(page, env.server.url, 'admin@example.org');

    await page.goto(`${env.server.url}/initiatives`);
    await settled(page);
    // Last year's initiative is there; this year's is about to join it, side by side.
    await page.getByText('Escritura en todas las asignaturas').waitFor();
    await expectAccessible(page, 'initiatives list');
    await page.getByRole('link', { name: 'Nueva iniciativa' }).click();
    await page.waitForURL((url) => url.pathname === '/initiatives/new');
    await settled(page);

    // Backwards: the first target on the form is level 5, the last is level 1.
    const levels = await page
      .locator('[data-testid^="target-level-"]')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-testid')));
    expect(levels).toEqual(['target-level-5', 'target-level-4', 'target-level-3', 'target-level-2', 'target-level-1']);
    const level5 = page.getByTestId('target-level-5');
    await level5.getByLabel('Medida').selectOption('l5.assessment-results');
    await level5.getByLabel('Valor de la meta').fill('0.7');
    await level5.getByLabel('Para el').fill('2027-06-15');
    const level1 = page.getByTestId('target-level-1');
    await level1.getByLabel('Medida').selectOption('l1.card-useful-share');
    await level1.getByLabel('Valor de la meta').fill('0.6');
    await level1.getByLabel('Para el').fill('2027-01-31');
    await page.getByLabel('Nombre en inglés').fill('Questioning that reaches every student');
    await page.getByLabel('Nombre en español').fill('Preguntas que llegan a todo el estudiantado');
    const practice = page.locator('.impact-checks input[type="checkbox"]').first();
    await practice.waitFor();
    await practice.check();
    // Practices of every framework the district uses, one group each.
    expect(await page.getByTestId('practice-group').count()).toBeGreaterThanOrEqual(1);
    // A half-filled target is never dropped in silence: the missing field says so, nothing is sent.
    const level4 = page.getByTestId('target-level-4');
    await level4.getByLabel('Medida').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Crear iniciativa' }).click();
    await page.getByText('Algunas metas están a medias').waitFor();
    expect(await level4.locator('[aria-invalid="true"]').count()).toBe(2);
    await expectAccessible(page, 'initiative form with target errors');
    expect(new URL(page.url()).pathname).toBe('/initiatives/new');
    await level4.getByLabel('Medida').selectOption('');
    await expectAccessible(page, 'initiative form');
    await page.getByRole('button', { name: 'Crear iniciativa' }).click();
    await page.waitForURL(/\/initiatives\/[0-9a-f-]{36}$/);
    const initiativeId = new URL(page.url()).pathname.split('/').at(-1)!;

    // Creating it queued a refresh; the worker (started by main.ts in production) runs it now.
    await env.server.app.services.worker({ workerId: 'journey-worker' }).tick();
    await page.reload();
    await settled(page);
    for (const level of [1, 2, 3, 4, 5]) await page.getByTestId(`level-${level}`).waitFor();
    const useful = page.getByTestId('metric-l1.card-useful-share');
    await expect.poll(() => useful.locator('.impact-value').innerText()).toMatch(/\d+ %/);
    expect(await useful.innerText()).toContain('Meta 60 % para el 2027-01-31');
    expect(await page.getByTestId('metric-l2.reflection-depth').locator('.impact-value').innerText()).toMatch(/\d/);
    expect(await page.getByTestId('level-5').innerText()).toContain('Evidencia, no prueba');
    await expectAccessible(page, 'dashboard');
    await screenshot(page, 'impact-dashboard');

    // Drill into a school from the breakdown table.
    const schoolFilter = page.getByLabel('Escuela', { exact: true });
    const schoolChoices = () => schoolFilter.locator('option').allInnerTexts();
    const choicesBefore = await schoolChoices();
    expect(choicesBefore.length).toBeGreaterThan(2);
    const schools = page.getByTestId('schools-l1.card-useful-share');
    const school = schools.getByRole('button').first();
    const schoolName = (await school.innerText()).trim();
    await school.click();
    await page.getByTestId('drill-school').getByText(`Solo se muestra ${schoolName}.`).waitFor();
    await expect.poll(() => useful.locator('.impact-value').innerText()).toMatch(/\d+ %|Menos de 5 personas/);
    // The filter still offers every school, not only the chosen one.
    expect(await schoolChoices()).toEqual(choicesBefore);

    // The level's table as CSV: a real attachment, with the same suppression.
    const href = await page.getByTestId('csv-level-1').getAttribute('href');
    const response = await page.request.get(new URL(href!, env.server.url).toString());
    expect(response.status()).toBe(200);
    expect(response.headers()['content-disposition']).toContain('attachment');
    const body = (await response.body()).toString('utf8');
    expect(body.startsWith('\uFEFF')).toBe(true);
    const rows = body.slice(1).trim().split('\r\n');
    expect(rows[0]).toBe('level,metric,metric_label,dimension,key,label,value,people,suppressed,target');
    for (const row of rows.slice(1)) {
      const people = row.split(',').at(-3);
      if (row.includes(',yes,') || row.endsWith(',yes')) continue;
      expect(Number(people)).toBeGreaterThanOrEqual(5);
    }

    // The board report: a real PDF with pages, the initiative's name and drawn charts (read with pdf.js).
    const pdfHref = await page.getByTestId('report-pdf').getAttribute('href');
    const pdfResponse = await page.request.get(new URL(pdfHref!, env.server.url).toString());
    expect(pdfResponse.status()).toBe(200);
    expect(pdfResponse.headers()['content-type']).toBe('application/pdf');
    const pdf = await getDocument({ data: new Uint8Array(await pdfResponse.body()), verbosity: 0 }).promise;
    expect(pdf.numPages).toBeGreaterThan(0);
    let pdfText = '';
    let charts = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      const pdfPage = await pdf.getPage(n);
      pdfText += (await pdfPage.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ');
      charts += (await pdfPage.getOperatorList()).fnArray.filter((op) => op === OPS.constructPath).length;
    }
    await pdf.destroy();
    expect(pdfText).toContain('Informe de impacto');
    expect(pdfText).toContain('Resultados de los estudiantes');
    expect(charts).toBeGreaterThan(0);

    // The same dashboard on a phone: nothing scrolls sideways.
    await page.setViewportSize({ width: 360, height: 800 });
    await expectNoHorizontalScroll(page, 'dashboard at 360 px');
    expect(problems).toEqual([]);
    await context.close();

    // A pulse on this initiative: a teacher must answer every item before it is sent.
    const today = new Date().toISOString().slice(0, 10);
    const admin = await env.browser.newContext({ locale: 'en-US' });
    const adminPage = await admin.newPage();
    await signInThroughForm(adminPage, env.server.url, 'admin@example.org');
    const created = await adminPage.request.post(`${env.server.url}/api/v1/initiatives/${initiativeId}/pulses`, {
      data: { itemIds: ['reaction.worth-time', 'efficacy.confident', 'support.time'], opensOn: today, closesOn: today },
    });
    expect(created.status(), await created.text()).toBe(201);
    await admin.close();
    await answerPulseWhole();
  });
});

async function answerPulseWhole() {
  const context = await env.browser.newContext({ locale: 'en-US', viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  await signInThroughForm(page, env.server.url, 'teacher@example.org');
  await page.goto(`${env.server.url}/`);
  await settled(page);
  const prompt = page.getByTestId('pulse-prompt');
  await prompt.waitFor();
  const sent: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().includes('/responses')) sent.push(request.url());
  });
  const items = prompt.locator('fieldset');
  expect(await items.count()).toBe(3);
  await items.nth(0).getByRole('radio').nth(3).check();
  await prompt.getByRole('button').last().click();
  // Two unanswered: a clear message, each of them marked, focus on the first, and nothing sent.
  await prompt.locator('[role="alert"]').waitFor();
  expect(await prompt.locator('[role="alert"]').innerText()).toMatch(/2 (of|de) 3/);
  expect(await prompt.locator('input[aria-invalid="true"]').count()).toBe(10);
  expect(await page.evaluate(() => document.activeElement?.getAttribute('name') ?? '')).toContain(
    '-efficacy.confident',
  );
  await expectAccessible(page, 'pulse with unanswered items');
  expect(sent).toEqual([]);
  await items.nth(1).getByRole('radio').nth(2).check();
  await items.nth(2).getByRole('radio').nth(4).check();
  await prompt.getByRole('button').last().click();
  await prompt.waitFor({ state: 'detached' });
  expect(sent).toHaveLength(1);
  await context.close();
}
