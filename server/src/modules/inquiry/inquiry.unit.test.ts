import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/actor';
import { inquiryPolicy as policy } from './inquiry.policy';

const actor = (userId: string, roles: Actor['memberships'] = []): Actor => ({
  userId,
  organizationId: 'org',
  organizationName: 'District',
  name: userId,
  email: `${userId}@example.test`,
  locale: 'en',
  memberships: roles,
  via: { kind: 'session', sessionId: 's' },
  context: { ip: null, userAgent: null },
});
const leader = actor('leader', [{ id: 'm', role: 'school_leader', schoolId: 's' }]);
const admin = actor('admin', [{ id: 'm', role: 'district_admin', schoolId: null }]);

describe('inquiryPolicy', () => {
  it('lets owners and team members in, and no role by itself', () => {
    const mine = { ownerId: 'teacher', teamId: null };
    const team = { ownerId: 'teacher', teamId: 'team' };
    expect(policy.isOwner(actor('teacher'), mine, false)).toBe(true);
    expect(policy.isOwner(actor('mate'), mine, true)).toBe(false);
    expect(policy.isOwner(actor('mate'), team, true)).toBe(true);
    expect(policy.isOwner(leader, team, false)).toBe(false);
    expect(policy.isOwner(admin, mine, false)).toBe(false);
    expect(policy.mayStart(actor('teacher', [{ id: 'm', role: 'teacher', schoolId: 's' }]))).toBe(true);
    expect(policy.mayStart(leader)).toBe(false);
  });

  it('shows artefacts by the reader: plans they read, their reflections and visits, never evaluative ones', () => {
    const me = actor('teacher');
    expect(policy.showsArtefact(me, 'plan', { ownerId: 'other', readsPlan: true })).toBe(true);
    expect(policy.showsArtefact(me, 'plan', { ownerId: 'teacher', readsPlan: false })).toBe(false);
    expect(policy.showsArtefact(me, 'reflection', { ownerId: 'teacher' })).toBe(true);
    expect(policy.showsArtefact(leader, 'reflection', { ownerId: 'teacher', readsPlan: true })).toBe(false);
    const visit = { ownerId: 'teacher', observerId: 'coach', observationKind: 'coaching', cancelled: false };
    expect(policy.showsArtefact(me, 'observation', visit)).toBe(true);
    expect(policy.showsArtefact(actor('coach'), 'observation', visit)).toBe(true);
    expect(policy.showsArtefact(actor('mate'), 'observation', visit)).toBe(false);
    expect(policy.showsArtefact(me, 'observation', { ...visit, observationKind: 'evaluative' })).toBe(false);
    expect(policy.showsArtefact(me, 'observation', { ...visit, cancelled: true })).toBe(false);
    // The units module's reader has already kept student work to its team.
    expect(policy.showsArtefact(me, 'student-work', { ownerId: 'mate' })).toBe(true);
  });

  it('links only what is about one’s own teaching', () => {
    const visit = { ownerId: 'teacher', observerId: 'coach', observationKind: 'coaching', cancelled: false };
    expect(policy.mayLink(actor('teacher'), 'observation', visit)).toBe(true);
    // The coach sees the visit, but it is not the coach's teaching.
    expect(policy.mayLink(actor('coach'), 'observation', visit)).toBe(false);
    expect(policy.mayLink(actor('mate'), 'reflection', { ownerId: 'teacher', readsPlan: true })).toBe(false);
    expect(policy.mayLink(actor('mate'), 'plan', { ownerId: 'teacher', readsPlan: true })).toBe(true);
  });
});
