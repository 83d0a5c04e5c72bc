import type { z } from 'zod';
import type { Email, LocaleSchema, Name } from '#core/contracts/common';
import type { ORGANIZATION_KINDS } from '#core/domain/roles';
import type { Db } from '../../db/client';
import { auditRepo } from '../audit';
import type { IdentityService } from '../identity';
import { organizationsRepo as repo } from './organizations.repo';

export type NewOrganization = {
  organizationName: z.infer<typeof Name>;
  kind: (typeof ORGANIZATION_KINDS)[number];
  locale: z.infer<typeof LocaleSchema>;
  adminEmail: z.infer<typeof Email>;
  adminName: z.infer<typeof Name>;
};

export class BootstrapError extends Error {}

/**
 * The one use case without an actor: a new deployment's first organization and its first
 * district admin, who gets an invitation link (in the outbox, and printed by the CLI).
 */
export async function createOrganizationWithAdmin(db: Db, identity: IdentityService, input: NewOrganization) {
  return db.transaction(async (tx) => {
    if (await repo.emailExists(tx, input.adminEmail))
      throw new BootstrapError(`${input.adminEmail} already has an account.`);
    const organization = await repo.createOrganization(tx, {
      name: input.organizationName,
      kind: input.kind,
      defaultLocale: input.locale,
    });
    const admin = await repo.createUser(tx, {
      organizationId: organization.id,
      email: input.adminEmail,
      name: input.adminName,
      locale: input.locale,
      status: 'invited',
    });
    await repo.addMembership(tx, {
      organizationId: organization.id,
      userId: admin.id,
      role: 'district_admin',
      schoolId: null,
    });
    const { link } = await identity.issueInvitation(tx, admin, {
      name: 'Conecta',
      organizationName: organization.name,
    });
    await auditRepo.record(tx, {
      organizationId: organization.id,
      actorId: null,
      action: 'organization.created',
      targetType: 'organization',
      targetId: organization.id,
      data: { name: organization.name, adminEmail: admin.email },
    });
    return { organization, admin, invitationLink: link };
  });
}
