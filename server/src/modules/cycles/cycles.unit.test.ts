import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/actor';
import { cyclesPolicy as policy } from './cycles.policy';
import { buildTimeline } from './cycles.presenter';
import type { CheckRow, CycleRow, SessionRow } from './cycles.repo';

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
const cycle = { coachId: 'coach', teacherId: 'teacher' };

describe('cyclesPolicy', () => {
  it('lets only the pair read, and each change what is theirs', () => {
    expect(policy.canRead(actor('coach'), cycle)).toBe(true);
    expect(policy.canRead(actor('teacher'), cycle)).toBe(true);
    expect(policy.canRead(actor('leader', [{ id: 'm', role: 'school_leader', schoolId: 's' }]), cycle)).toBe(false);

    expect(policy.mayEdit(actor('coach'), cycle, ['goal', 'stage'])).toBe(true);
    expect(policy.mayEdit(actor('coach'), cycle, ['teacherReflection'])).toBe(false);
    expect(policy.mayEdit(actor('teacher'), cycle, ['teacherReflection'])).toBe(true);
    expect(policy.mayEdit(actor('teacher'), cycle, ['teacherReflection', 'goal'])).toBe(false);
    expect(policy.mayEdit(actor('teacher'), cycle, [])).toBe(true);

    expect(policy.canLogSession(actor('teacher'), cycle)).toBe(false);
    expect(policy.canAddCheck(actor('teacher'), cycle)).toBe(true);
    expect(policy.canClose(actor('teacher'), cycle)).toBe(false);
    expect(policy.canUnlink(actor('coach'), cycle, { createdBy: 'teacher' })).toBe(false);
    expect(policy.canUnlink(actor('teacher'), cycle, { createdBy: 'coach' })).toBe(true);
  });

  it('keeps a closed record closed except for the teacher’s reflection', () => {
    expect(policy.changesClosedRecord(['teacherReflection'])).toBe(false);
    expect(policy.changesClosedRecord(['teacherReflection', 'stage'])).toBe(true);
  });

  it('shows an artefact only when it is the teacher’s and the coach may read it', () => {
    const facts = { ownerId: 'teacher', coachReadsPlan: true, coachIsLeaderOrAdmin: false };
    expect(policy.showsArtefact(cycle, 'plan', facts)).toBe(true);
    expect(policy.showsArtefact(cycle, 'plan', { ...facts, coachReadsPlan: false })).toBe(false);
    expect(policy.showsArtefact(cycle, 'plan', { ...facts, ownerId: 'someone' })).toBe(false);
    expect(policy.showsArtefact(cycle, 'reflection', { ...facts, coachIsLeaderOrAdmin: true })).toBe(false);
    expect(policy.showsArtefact(cycle, 'observation', { ...facts, observerId: 'coach' })).toBe(true);
    expect(policy.showsArtefact(cycle, 'observation', { ...facts, observerId: 'other coach' })).toBe(false);
  });
});

describe('buildTimeline', () => {
  const at = (iso: string) => new Date(iso);
  const row = {
    id: 'cycle',
    goal: 'Goal',
    outcome: 'Met',
    createdAt: at('2026-01-05T10:00:00Z'),
    closedAt: at('2026-03-01T09:00:00Z'),
  } as CycleRow;
  const session = (id: string, date: string, createdAt: string) =>
    ({ id, date, kind: 'modelling', notes: null, createdAt: at(createdAt) }) as SessionRow;
  const check = (id: string, date: string, createdAt: string) =>
    ({ id, date, value: 50, note: null, createdAt: at(createdAt) }) as CheckRow;

  it('orders by day, then by when each was recorded; the close comes on its day', () => {
    const items = buildTimeline(row, {
      sessions: [
        session('s1', '2026-02-01', '2026-02-01T12:00:00Z'),
        session('s0', '2025-12-20', '2026-01-05T11:00:00Z'),
      ],
      checks: [check('c1', '2026-02-01', '2026-02-01T08:00:00Z'), check('c2', '2026-03-01', '2026-03-01T08:00:00Z')],
      links: [],
    });
    expect(items.map((i) => i.id)).toEqual(['s0', 'cycle', 'c1', 's1', 'c2', 'cycle']);
    expect(items.map((i) => i.kind)).toEqual(['session', 'opened', 'check', 'session', 'check', 'closed']);
  });
});
