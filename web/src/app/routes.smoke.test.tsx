import i18n from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Me } from '#core/contracts/session';
import type { Role } from '#core/domain/roles';
import { renderRoute } from '../test/renderRoute';
import { setupI18n } from './i18n';

/*
 * A smoke test without a browser: every screen renders (in its loading state, since nothing is
 * fetched during a server render) inside the real route tree, in both languages, without throwing.
 */
function person(...roles: Role[]): Me {
  return {
    id: 'u1',
    name: 'Ana',
    email: 'ana@example.org',
    locale: 'en',
    roles: roles.map((role) => ({ role, organizationId: 'o1', schoolId: role === 'district_admin' ? null : 's1' })),
    organization: { id: 'o1', name: 'Demo District' },
  };
}

const render = (path: string, me: Me | null, language = 'en') => renderRoute(path, { me, language });

const crashed = (html: string) => html.includes(i18n.t('common:crash.title'));

beforeAll(() => {
  setupI18n();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('screens render', () => {
  const adminPaths = [
    '/',
    '/my-classes',
    '/schools',
    '/people',
    '/people/u2',
    '/teams',
    '/teams/t1',
    '/classes',
    '/audit-log',
    '/outbox',
    '/settings',
  ];

  for (const language of ['en', 'es']) {
    it(`every signed-in screen renders for an admin (${language})`, async () => {
      const errors = vi.spyOn(console, 'error');
      for (const path of adminPaths) {
        const html = await render(path, person('district_admin', 'teacher'), language);
        expect(crashed(html), path).toBe(false);
        expect(html, path).toContain('id="main"');
        expect(html, path).toContain(i18n.t('common:nav.audit'));
      }
      expect(errors).not.toHaveBeenCalled();
    });

    it(`public screens render signed out (${language})`, async () => {
      for (const path of [
        '/sign-in',
        '/forgot-password',
        '/reset-password?token=abcdefghijkl',
        '/accept-invite?token=abcdefghijkl',
      ]) {
        const html = await render(path, null, language);
        expect(crashed(html), path).toBe(false);
        expect(html.match(/<h1/g)?.length ?? 0, path).toBeLessThanOrEqual(1);
      }
    });
  }

  it('shows the sign-in form with labelled fields and the language switch', async () => {
    const html = await render('/sign-in', null, 'es');
    expect(html).toContain('Correo electrónico');
    expect(html).toContain('Contraseña');
    expect(html).toContain('Español');
    expect(html).toContain('aria-pressed="true"');
  });

  it('each role sees its own home section and menu', async () => {
    const cases: [Role, string][] = [
      ['teacher', 'home-teacher'],
      ['coach', 'home-coach'],
      ['school_leader', 'home-school_leader'],
      ['district_admin', 'home-district_admin'],
      ['facilitator', 'home-facilitator'],
    ];
    for (const [role, testId] of cases) {
      const html = await render('/', person(role));
      expect(html, role).toContain(`data-testid="${testId}"`);
      expect(html, role).toContain('aria-current="page"');
    }
    const teacher = await render('/', person('teacher'));
    expect(teacher).not.toContain('href="/schools"');
  });

  it('tells people plainly when a screen is not for their role', async () => {
    const html = await render('/schools', person('teacher'));
    expect(html).toContain(i18n.t('common:forbidden.title'));
  });

  it('answers unknown paths with the 404 page', async () => {
    const html = await render('/no/such/page', null);
    expect(html).toContain(i18n.t('common:notFound.title'));
  });
});
