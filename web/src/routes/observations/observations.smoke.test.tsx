import i18n from 'i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Me } from '#core/contracts/session';
import type { Role } from '#core/domain/roles';
import { setupI18n } from '../../app/i18n';
import type { Observation } from '../../features/observations/types';
import { observationKey } from '../../features/observations/useObservations';
import { renderRoute } from '../../test/renderRoute';

const person = (id: string, role: Role): Me => ({
  id,
  name: role === 'coach' ? 'Carlos Coach' : 'Taylor Teacher',
  email: `${id}@example.org`,
  locale: 'en',
  roles: [{ role, organizationId: 'o1', schoolId: 's1' }],
  organization: { id: 'o1', name: 'Demo District' },
});
const coach = person('coach', 'coach');
const teacher = person('teacher', 'teacher');

const visit: Observation = {
  id: 'o1',
  kind: 'coaching',
  status: 'feedback-shared',
  observer: { id: 'coach', name: 'Carlos Coach' },
  teacher: { id: 'teacher', name: 'Taylor Teacher' },
  scheduledAt: '2026-03-10T14:00:00.000Z',
  durationMinutes: 20,
  classId: null,
  planId: null,
  focusPracticeIds: [],
  note: null,
  followUpDue: '2026-03-24',
  followUpOverdue: true,
  evidenceCount: 2,
  tallies: {},
  feedback: {
    strength: 'Clear routines',
    growthArea: 'Checking for understanding',
    actionStep: { text: 'Use mini-whiteboards', howToPractise: 'Twice a lesson', resourceId: null, practiceId: null },
    sharedAt: '2026-03-11T10:00:00.000Z',
    teacherResponse: null,
    respondedAt: null,
  },
  followUp: null,
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-11T10:00:00.000Z',
};

const crashed = (html: string) => html.includes(i18n.t('common:crash.title'));

beforeAll(() => {
  setupI18n();
});

describe('observation screens render', () => {
  for (const language of ['en', 'es']) {
    it(`for a coach and a teacher, without a crash (${language})`, async () => {
      const errors = vi.spyOn(console, 'error');
      const cases: [string, Me][] = [
        ['/coaching', coach],
        ['/observations', coach],
        ['/observations/new', coach],
        ['/observations/o1', coach],
        ['/observations/o1/capture', coach],
        ['/my-feedback', teacher],
        ['/observations/o1', teacher],
      ];
      for (const [path, me] of cases) {
        const html = await renderRoute(path, { me, language });
        expect(crashed(html), path).toBe(false);
        expect(html, path).toContain('id="main"');
      }
      expect(errors).not.toHaveBeenCalled();
      errors.mockRestore();
    });
  }

  it('gives the observer the workspace and the teacher the shared feedback', async () => {
    const seed = (client: Parameters<NonNullable<Parameters<typeof renderRoute>[1]['seed']>>[0]) =>
      client.setQueryData(observationKey('o1'), visit);
    const asCoach = await renderRoute('/observations/o1', { me: coach, seed });
    expect(asCoach).toContain('Observation of Taylor Teacher');
    expect(asCoach).toContain('Take evidence');
    expect(asCoach).toContain('Overdue');
    const asTeacher = await renderRoute('/observations/o1', { me: teacher, language: 'es', seed });
    expect(asTeacher).toContain('Visita de Carlos Coach');
    expect(asTeacher).toContain('Use mini-whiteboards');
    expect(asTeacher).not.toContain('Tomar evidencia');
  });

  it('lets a teacher schedule peer visits, and keeps observation pages from people who observe no one', async () => {
    const facilitator = person('facilitator', 'facilitator');
    for (const path of ['/coaching', '/observations/new']) {
      expect(await renderRoute(path, { me: teacher }), path).not.toContain(i18n.t('common:forbidden.title'));
      expect(await renderRoute(path, { me: facilitator }), path).toContain(i18n.t('common:forbidden.title'));
    }
    expect(await renderRoute('/my-feedback', { me: coach })).toContain(i18n.t('common:forbidden.title'));
  });
});
