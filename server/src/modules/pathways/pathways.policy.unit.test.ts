import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/actor';
import { pathwaysPolicy as policy } from './pathways.policy';

const actor = (userId: string, ...roles: Actor['memberships'][number]['role'][]): Actor => ({
  userId,
  organizationId: 'org',
  organizationName: 'District',
  name: userId,
  email: `${userId}@example.org`,
  locale: 'en',
  memberships: roles.map((role, i) => ({ id: `m${i}`, role, schoolId: null })),
  via: { kind: 'session', sessionId: 's' },
  context: { ip: null, userAgent: null },
});

const draft = { createdBy: 'coach', status: 'draft' as const };
const published = { createdBy: 'coach', status: 'published' as const };
const archived = { createdBy: 'coach', status: 'archived' as const };

describe('pathways policy', () => {
  it('lets admins, coaches and leaders author; teachers and facilitators not', () => {
    expect(policy.canAuthor(actor('a', 'district_admin'))).toBe(true);
    expect(policy.canAuthor(actor('c', 'coach'))).toBe(true);
    expect(policy.canAuthor(actor('l', 'school_leader'))).toBe(true);
    expect(policy.canAuthor(actor('t', 'teacher'))).toBe(false);
    expect(policy.canAuthor(actor('f', 'facilitator'))).toBe(false);
  });

  it('lets an admin edit any pathway, other authors only their own', () => {
    expect(policy.canEdit(actor('a', 'district_admin'), draft)).toBe(true);
    expect(policy.canEdit(actor('coach', 'coach'), draft)).toBe(true);
    expect(policy.canEdit(actor('other', 'coach'), draft)).toBe(false);
    // A teacher who once authored as a coach but no longer holds the role may not edit.
    expect(policy.canEdit(actor('coach', 'teacher'), draft)).toBe(false);
  });

  it('hides drafts from all but their editors, archived ones from all but their learners', () => {
    expect(policy.canSee(actor('t', 'teacher'), draft, false)).toBe(false);
    expect(policy.canSee(actor('t', 'teacher'), draft, true)).toBe(false);
    expect(policy.canSee(actor('t', 'teacher'), published, false)).toBe(true);
    expect(policy.canSee(actor('t', 'teacher'), archived, false)).toBe(false);
    expect(policy.canSee(actor('t', 'teacher'), archived, true)).toBe(true);
    expect(policy.canSee(actor('coach', 'coach'), draft, false)).toBe(true);
  });

  it('lets teachers, coaches, leaders and admins learn; not facilitators', () => {
    expect(policy.canLearn(actor('t', 'teacher'))).toBe(true);
    expect(policy.canLearn(actor('a', 'district_admin'))).toBe(true);
    expect(policy.canLearn(actor('f', 'facilitator'))).toBe(false);
  });
});
