import { describe, expect, it } from 'vitest';
import { setupJourneys } from './support/environment';
import { expectAccessible, expectNoHorizontalScroll, screenshot, settled, signInThroughForm } from './support/pages';

/**
 * Issue 6, level 5: a district admin imports class-level assessment results on a phone (360 px),
 * in Spanish: a file with a bad row is refused with the row listed (nothing stored), the fixed file
 * is imported, and the import is deleted from the keyboard.
 */
const env = setupJourneys();

const HEADER =
  'SchoolId,SchoolYear,AssessmentIdentifier,AcademicSubjectDescriptor,GradeLevelDescriptor,AdministrationDate,NumberTested,NumberProficient';

describe('assessment results import in the browser', () => {
  it('a district admin fixes a refused file, imports it and deletes the import', async () => {
    const context = await env.browser.newContext({ locale: 'es-ES', viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await signInThroughForm(page, env.server.url, 'admin@example.org');
    await page.goto(`${env.server.url}/assessments`);
    await settled(page);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const schools = (await (await page.request.get(`${env.server.url}/api/v1/assessments/schools`)).json()).items as {
      schoolIdInFile: string;
    }[];
    const schoolId = schools[0]!.schoolIdInFile;
    await expectAccessible(page, 'assessments page');
    await expectNoHorizontalScroll(page, 'assessments page');

    const bad = `${HEADER}\n${schoolId},2026,E2E-MATH,Mathematics,Fifth grade,2026-01-20,24,30\n`;
    await page
      .locator('#assessment-file')
      .setInputFiles({ name: 'invierno.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await page.getByRole('button', { name: 'Importar resultados' }).click();
    const errors = page.getByTestId('assessment-errors');
    await errors.waitFor();
    await expect.poll(() => errors.textContent()).toContain('NumberProficient');
    expect(await errors.textContent()).toContain('no puede ser mayor que');
    await expectAccessible(page, 'refused file');
    await screenshot(page, 'assessments-refused-360');
    await expectNoHorizontalScroll(page, 'refused file');

    const good = bad.replace(',24,30', ',24,18');
    await page
      .locator('#assessment-file')
      .setInputFiles({ name: 'invierno.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await page.getByRole('button', { name: 'Importar resultados' }).click();
    await page.getByText('Se importó 1 fila de invierno.csv.').waitFor();
    const remove = page.getByRole('button', { name: 'Eliminar la importación invierno.csv' });
    await remove.waitFor();
    await expectAccessible(page, 'imported');

    // Keyboard only: focus the delete button, open the dialog, confirm.
    await remove.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expectAccessible(page, 'delete dialog');
    await dialog.getByRole('button', { name: 'Eliminar' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Importación eliminada.').waitFor();
    expect(await remove.count()).toBe(0);
    await context.close();
  });
});
