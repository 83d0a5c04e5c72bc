import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SelfAssessment, SelfAssessmentResults } from '#core/contracts/self-assessment';
import type { Me } from '#core/contracts/session';
import { CPL_DOMAINS, CPL_ITEM_IDS, schoolYearOf } from '#core/cpl/index';
import { setupI18n } from '../../app/i18n';
import { renderRoute } from '../../test/renderRoute';

const person = (role: 'district_admin' | 'school_leader' | 'teacher'): Me => ({
  id: 'u1',
  name: 'Ana',
  email: 'ana@example.org',
  locale: 'en',
  roles: [{ role, organizationId: 'o1', schoolId: role === 'district_admin' ? null : 's1' }],
  organization: { id: 'o1', name: 'Demo District' },
});

const year = schoolYearOf(new Date().toISOString().slice(0, 10));
const draft: SelfAssessment = {
  schoolYear: year,
  status: 'draft',
  instrumentVersion: 1,
  answers: { 'time.amount.1': 3 },
  notes: { time: 'Fridays are short.' },
  updatedAt: '2026-11-20T10:00:00.000Z',
  submittedAt: null,
  history: [],
  canEdit: true,
  canReopen: false,
};
const results: SelfAssessmentResults = {
  schoolYear: year,
  status: 'submitted',
  from: '2026-08-01',
  to: '2026-11-23',
  domains: CPL_DOMAINS.map((domain) => ({
    domain,
    mean: domain === 'time' ? 2.5 : null,
    answered: domain === 'time' ? 4 : 0,
    items: 6,
    band: domain === 'time' ? 'needs-improvement' : null,
    subDimensions: [],
    nextSteps: domain === 'time' ? [{ en: 'Aim for 90 minutes.', es: 'Apuntar a 90 minutos.' }] : [],
    note: null,
    indicators:
      domain === 'time'
        ? [
            {
              key: 'collaboration-minutes',
              benchmark: 90,
              suppressed: false,
              reason: null,
              value: 64,
              people: 12,
            },
            {
              key: 'coaching-load',
              benchmark: null,
              suppressed: true,
              reason: 'small-group',
              value: null,
              people: null,
            },
          ]
        : [],
  })),
};

beforeAll(() => {
  setupI18n();
});

describe('self-assessment screens', () => {
  for (const language of ['en', 'es'] as const) {
    it(`the questionnaire shows every item as a radio group with the saved answers (${language})`, async () => {
      const html = await renderRoute('/self-assessment', {
        me: person('district_admin'),
        language,
        seed: (client) => {
          client.setQueryData(['self-assessment', year], draft);
          client.setQueryData(['self-assessment', 'years'], { items: [] });
        },
      });
      expect(html.match(/<h1/g)).toHaveLength(1);
      expect(html).toContain(i18n.t('self-assessment:title'));
      expect(html).toContain(i18n.t('self-assessment:diagnostic.title'));
      expect(html.match(/type="radio"/g)).toHaveLength(CPL_ITEM_IDS.length * 4);
      expect(html.match(/<fieldset class="cpl-item"/g)).toHaveLength(CPL_ITEM_IDS.length);
      const inputs = html.match(/<input[^>]*name="item-time\.amount\.1"[^>]*>/g) ?? [];
      expect(inputs.filter((tag) => tag.includes('checked')).map((tag) => /value="(\d)"/.exec(tag)?.[1])).toEqual([
        '3',
      ]);
      expect(html).toContain('Fridays are short.');
      expect(html).toContain(i18n.t('self-assessment:actions.submit'));
    });

    it(`the results set bands and next steps beside the indicators, hiding small groups (${language})`, async () => {
      const html = await renderRoute(`/self-assessment/${year}/results`, {
        me: person('school_leader'),
        language,
        seed: (client) => client.setQueryData(['self-assessment', year, 'results'], results),
      });
      expect(html).toContain(i18n.t('self-assessment:bands.needs-improvement'));
      expect(html).toContain(language === 'es' ? 'Apuntar a 90 minutos.' : 'Aim for 90 minutes.');
      expect(html).toContain(i18n.t('self-assessment:indicators.benchmark', { value: 90 }));
      expect(html).toContain(i18n.t('self-assessment:indicators.smallGroup'));
      expect(html).toContain(i18n.t('self-assessment:diagnostic.title'));
      expect(html).toContain(`/api/v1/self-assessments/${year}/results.csv?locale=${language}`);
    });
  }

  it('is not for teachers', async () => {
    const html = await renderRoute('/self-assessment', { me: person('teacher') });
    expect(html).not.toContain(i18n.t('self-assessment:title'));
  });
});
