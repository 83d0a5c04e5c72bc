import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/actor';
import { renderFeed } from './calendar-feed';
import { meetingsPolicy as policy } from './meetings.policy';
import type { MeetingRow } from './meetings.repo';

const actor = (userId: string, memberships: Actor['memberships'] = []): Actor => ({
  userId,
  organizationId: 'org',
  organizationName: 'District',
  name: 'Someone',
  email: 'someone@example.test',
  locale: 'en',
  memberships,
  via: { kind: 'session', sessionId: 's' },
  context: { ip: null, userAgent: null },
});
const team = {
  schoolId: 'school-a',
  members: [
    { userId: 'lead', role: 'lead' as const },
    { userId: 'member', role: 'member' as const },
  ],
};

describe('meetings policy', () => {
  it('lets members see the work, and leaders of the school and admins the metadata only', () => {
    const leader = actor('leader', [{ id: 'm', role: 'school_leader', schoolId: 'school-a' }]);
    const otherLeader = actor('x', [{ id: 'm', role: 'school_leader', schoolId: 'school-b' }]);
    const admin = actor('admin', [{ id: 'm', role: 'district_admin', schoolId: null }]);
    expect(policy.canSeeWork(actor('member'), team)).toBe(true);
    for (const a of [leader, admin]) {
      expect(policy.canSeeMeetings(a, team)).toBe(true);
      expect(policy.canSeeWork(a, team)).toBe(false);
      expect(policy.canSchedule(a, team)).toBe(false);
    }
    expect(policy.canSeeMeetings(otherLeader, team)).toBe(false);
    expect(policy.canSeeMeetings(actor('stranger'), team)).toBe(false);
  });

  it('lets the facilitator and the lead run a meeting, and nobody else', () => {
    expect(policy.canRun(actor('member'), team, { facilitatorId: 'member' })).toBe(true);
    expect(policy.canRun(actor('lead'), team, { facilitatorId: 'member' })).toBe(true);
    expect(policy.canRun(actor('member'), team, { facilitatorId: 'lead' })).toBe(false);
  });

  it('lets admins and coaches add protocols', () => {
    expect(policy.canAddProtocol(actor('c', [{ id: 'm', role: 'coach', schoolId: 'school-a' }]))).toBe(true);
    expect(policy.canAddProtocol(actor('t', [{ id: 'm', role: 'teacher', schoolId: 'school-a' }]))).toBe(false);
  });
});

describe('calendar feed', () => {
  const meeting = (id: string, title: string, scheduledAt: string): MeetingRow => ({
    id,
    organizationId: 'org',
    teamId: 'team',
    protocolId: 'tuning',
    protocolName: { en: 'Tuning', es: 'Afinación' },
    steps: [],
    title,
    scheduledAt: new Date(scheduledAt),
    durationMinutes: 45,
    facilitatorId: 'lead',
    state: 'scheduled',
    currentStepIndex: 0,
    stepStartedAt: null,
    startedAt: null,
    endedAt: null,
    createdBy: 'lead',
    createdAt: new Date(scheduledAt),
    updatedAt: new Date(scheduledAt),
  });

  it('is valid RFC 5545 for an independent parser, with escaped text and stable UIDs', () => {
    const ics = renderFeed({
      name: 'Grade 7; Math, team',
      publicUrl: 'https://conecta.example',
      locale: 'es',
      meetings: [
        { meeting: meeting('a1', 'Plan, review; and\nreflect', '2099-01-05T15:00:00Z'), teamName: 'G7' },
        { meeting: meeting('b2', 'Data', '2099-01-12T15:00:00Z'), teamName: 'G7' },
      ],
    });
    expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.uid)).toEqual(['meeting-a1@conecta', 'meeting-b2@conecta']);
    expect(events[0]!.summary).toBe('Plan, review; and\nreflect — G7');
    expect(events[0]!.description).toBe('Afinación');
    expect(events[0]!.endDate.toJSDate().getTime() - events[0]!.startDate.toJSDate().getTime()).toBe(45 * 60_000);
    expect(ics).toContain('SUMMARY:Plan\\, review\\; and\\nreflect — G7');
  });
});
