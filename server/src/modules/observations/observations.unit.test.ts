import { describe, expect, it } from 'vitest';
import { addDays, utcDay } from '#core/domain/calendar';
import type { Role } from '#core/domain/roles';
import type { Actor } from '../../platform/actor';
import { isFollowUpOverdue, observationsPolicy as policy } from './observations.policy';

const actor = (userId: string, ...roles: [Role, string | null][]): Actor => ({
  userId,
  organizationId: 'org',
  organizationName: 'District',
  name: 'Someone',
  email: 'someone@example.test',
  locale: 'en',
  memberships: roles.map(([role, schoolId], i) => ({ id: `m${i}`, role, schoolId })),
  via: { kind: 'session', sessionId: 's' },
  context: { ip: null, userAgent: null },
});

describe('observations policy', () => {
  const visit = { observerId: 'coach', teacherId: 'teacher' };

  it('lets coaches and leaders visit the teachers of their schools, and teachers visit colleagues as peers', () => {
    expect(policy.scheduleScope(actor('c', ['coach', 's1']), 'coaching')).toEqual({
      anywhere: false,
      schoolIds: ['s1'],
    });
    expect(policy.scheduleScope(actor('l', ['school_leader', 's2'], ['coach', 's1']), 'walkthrough')).toEqual({
      anywhere: false,
      schoolIds: ['s2', 's1'],
    });
    expect(policy.scheduleScope(actor('t', ['teacher', 's1']), 'peer')).toEqual({ anywhere: true });
    expect(policy.scheduleScope(actor('t', ['teacher', 's1']), 'coaching')).toBeNull();
    expect(policy.scheduleScope(actor('a', ['district_admin', null]), 'coaching')).toBeNull();
    expect(policy.scheduleScope(actor('f', ['facilitator', null]), 'peer')).toBeNull();
  });

  it('shows a visit to its observer and its teacher only, and a draft to the observer only', () => {
    expect(policy.canRead(actor('coach', ['coach', 's1']), visit)).toBe(true);
    expect(policy.canRead(actor('teacher', ['teacher', 's1']), visit)).toBe(true);
    expect(policy.canRead(actor('leader', ['school_leader', 's1']), visit)).toBe(false);
    expect(policy.canRead(actor('admin', ['district_admin', null]), visit)).toBe(false);
    const teacher = actor('teacher', ['teacher', 's1']);
    expect(policy.canSeeFeedback(teacher, visit, { sharedAt: null })).toBe(false);
    expect(policy.canSeeFeedback(teacher, visit, null)).toBe(false);
    expect(policy.canSeeFeedback(teacher, visit, { sharedAt: new Date() })).toBe(true);
    expect(policy.canSeeFeedback(actor('coach'), visit, { sharedAt: null })).toBe(true);
  });

  it('cancels only before feedback is shared', () => {
    expect(policy.canCancel('scheduled')).toBe(true);
    expect(policy.canCancel('observed')).toBe(true);
    expect(policy.canCancel('feedback-shared')).toBe(false);
    expect(policy.canCancel('followed-up')).toBe(false);
  });
});

describe('follow-up dates', () => {
  it('count days on the UTC calendar, across months and leap days', () => {
    expect(utcDay(new Date('2026-10-05T23:30:00-03:00'))).toBe('2026-10-06');
    expect(addDays('2028-02-20', 14)).toBe('2028-03-05');
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
  });

  it('are overdue after the due day, unless followed up or cancelled', () => {
    const today = '2026-05-10';
    expect(isFollowUpOverdue({ followUpDue: '2026-05-09', status: 'observed' }, today)).toBe(true);
    expect(isFollowUpOverdue({ followUpDue: '2026-05-10', status: 'observed' }, today)).toBe(false);
    expect(isFollowUpOverdue({ followUpDue: '2026-05-09', status: 'followed-up' }, today)).toBe(false);
    expect(isFollowUpOverdue({ followUpDue: '2026-05-09', status: 'cancelled' }, today)).toBe(false);
  });
});
