import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentImport } from '#core/contracts/assessments';
import type { Me } from '#core/contracts/session';
import { setupI18n } from '../../app/i18n';
import { ASSESSMENTS_KEY } from '../../features/assessments/useAssessments';
import { renderRoute } from '../../test/renderRoute';

const person = (role: 'district_admin' | 'teacher'): Me => ({
  id: 'u1',
  name: 'Ana',
  email: 'ana@example.org',
  locale: 'en',
  roles: [{ role, organizationId: 'o1', schoolId: role === 'teacher' ? 's1' : null }],
  organization: { id: 'o1', name: 'Demo District' },
});

const imported: AssessmentImport = {
  id: 'i1',
  fileName: 'winter-interim-2026.csv',
  rowCount: 42,
  schoolCount: 2,
  firstDate: '2026-01-20',
  lastDate: '2026-01-24',
  importedBy: { id: 'u1', name: 'Ana Admin' },
  importedAt: '2026-01-25T10:00:00.000Z',
  canDelete: true,
};

beforeAll(() => {
  setupI18n();
});

describe('assessment results import page', () => {
  for (const language of ['en', 'es'] as const) {
    it(`shows the template, the school ids, the upload form and the imports (${language})`, async () => {
      const html = await renderRoute('/assessments', {
        me: person('district_admin'),
        language,
        seed: (client) => {
          client.setQueryData([...ASSESSMENTS_KEY, 'imports'], { items: [imported], nextCursor: null });
          client.setQueryData([...ASSESSMENTS_KEY, 'schools'], {
            items: [{ id: 's1', name: 'Lincoln Elementary', schoolIdInFile: '255901001' }],
          });
        },
      });
      expect(html.match(/<h1/g)).toHaveLength(1);
      expect(html).toContain(i18n.t('assessments:title'));
      expect(html).toContain('href="/api/v1/assessments/template.csv"');
      expect(html).toContain('255901001');
      expect(html).toContain('<label for="assessment-file"');
      expect(html).toContain('winter-interim-2026.csv');
      expect(html).toContain('Ana Admin');
      expect(html).toContain(i18n.t('assessments:imports.deleteLabel', { file: imported.fileName }));
      expect(html).toContain(i18n.t('common:nav.assessments'));
    });
  }

  it('is not for teachers', async () => {
    const html = await renderRoute('/assessments', { me: person('teacher') });
    expect(html).not.toContain('assessment-file');
  });
});
