import { describe, expect, it } from 'vitest';
import { json, setupTestApp } from '../../../test/test-app';
import { BootstrapError, createOrganizationWithAdmin } from './bootstrap';

const ctx = setupTestApp();

describe('bootstrapping a new deployment', () => {
  it('creates the organization and invites its first district admin, who can then sign in and manage it', async () => {
    const input = {
      organizationName: 'Distrito Norte',
      kind: 'district' as const,
      locale: 'es' as const,
      adminEmail: 'ana@norte.example',
      adminName: 'Ana Pérez',
    };
    const { invitationLink } = await createOrganizationWithAdmin(ctx.db, ctx.app.services.identity, input);
    const token = new URL(invitationLink).searchParams.get('token')!;
    const accepted = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/invitations/accept',
      payload: { token, password: 'una contraseña larga' },
    });
    expect(json(accepted).user).toMatchObject({
      email: 'ana@norte.example',
      locale: 'es',
      roles: [{ role: 'district_admin', schoolId: null }],
    });
    const cookie = `conecta_session=${accepted.cookies.find((c) => c.name === 'conecta_session')!.value}`;
    const school = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/schools',
      headers: { cookie },
      payload: { name: 'Escuela 1' },
    });
    expect(school.statusCode).toBe(201);
    await expect(createOrganizationWithAdmin(ctx.db, ctx.app.services.identity, input)).rejects.toThrow(BootstrapError);
  });
});
