import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FrameworkDocument } from '#core/contracts/frameworks';
import { CONTRACT_MESSAGES } from '#core/frameworks/index';
import type { Actor } from '../../platform/actor';
import { documentHash } from './frameworks.document';
import { frameworksPolicy as policy } from './frameworks.policy';
import { planTreeWrite } from './frameworks.tree';

const actor = (...roles: [string, string | null][]) =>
  ({
    userId: 'u',
    organizationId: 'org-a',
    memberships: roles.map(([role, schoolId], i) => ({ id: `m${i}`, role, schoolId })),
  }) as Actor;

const practice = (code: string, lookFors: string[]) => ({
  code,
  title: { en: `Practice ${code}` },
  lookFors: lookFors.map((l) => ({ code: l, text: { en: `Look-for ${l}` } })),
});
const document = (domains: { code: string; practices: ReturnType<typeof practice>[] }[]) =>
  FrameworkDocument.parse({
    format: 'conecta-framework',
    version: 1,
    code: 'f',
    title: { en: 'F' },
    domains: domains.map((d) => ({ ...d, title: { en: d.code } })),
  });

describe('planTreeWrite', () => {
  let n = 0;
  const newId = () => `new-${++n}`;
  const owner = { organizationId: 'org-a', frameworkId: 'f1' };

  it('gives every row of a new framework a new id, in document order', () => {
    const write = planTreeWrite(
      owner,
      { domains: [], practices: [], lookFors: [] },
      document([{ code: 'D1', practices: [practice('1.1', ['a', 'b'])] }]),
      newId,
    );
    expect(write.domains).toMatchObject([{ code: 'D1', position: 0, organizationId: 'org-a', frameworkId: 'f1' }]);
    expect(write.practices).toMatchObject([{ code: '1.1', domainId: write.domains[0]!.id, resourceIds: [] }]);
    expect(write.lookFors.map((l) => [l.code, l.position, l.practiceId])).toEqual([
      ['a', 0, write.practices[0]!.id],
      ['b', 1, write.practices[0]!.id],
    ]);
    expect(write.removed).toEqual({ domainIds: [], practiceIds: [], lookForIds: [] });
  });

  it('keeps ids by code, also for a practice that moves domain, and lists what is gone', () => {
    const existing = {
      domains: [
        { id: 'd1', code: 'D1' },
        { id: 'd2', code: 'D2' },
      ],
      practices: [
        { id: 'p11', code: '1.1' },
        { id: 'p12', code: '1.2' },
        { id: 'p21', code: '2.1' },
      ],
      lookFors: [
        { id: 'l11a', code: 'a', practiceId: 'p11' },
        { id: 'l11b', code: 'b', practiceId: 'p11' },
        { id: 'l12a', code: 'a', practiceId: 'p12' },
        { id: 'l21a', code: 'a', practiceId: 'p21' },
      ],
    };
    const write = planTreeWrite(
      owner,
      existing,
      document([
        { code: 'D3', practices: [practice('2.1', ['a']), practice('1.1', ['b', 'c'])] },
        { code: 'D1', practices: [practice('1.3', ['a'])] },
      ]),
      newId,
    );
    const d3 = write.domains[0]!.id;
    expect(d3).toMatch(/^new-/);
    expect(write.domains.map((d) => [d.code, d.id, d.position])).toEqual([
      ['D3', d3, 0],
      ['D1', 'd1', 1],
    ]);
    expect(write.practices.map((p) => [p.code, p.id, p.domainId, p.position])).toEqual([
      ['2.1', 'p21', d3, 0],
      ['1.1', 'p11', d3, 1],
      ['1.3', expect.stringMatching(/^new-/), 'd1', 0],
    ]);
    expect(write.lookFors.map((l) => l.id)).toEqual([
      'l21a',
      'l11b',
      expect.stringMatching(/^new-/),
      expect.any(String),
    ]);
    expect(write.removed).toEqual({ domainIds: ['d2'], practiceIds: ['p12'], lookForIds: ['l11a', 'l12a'] });
  });
});

describe('document hash', () => {
  const doc = document([{ code: 'D1', practices: [practice('1.1', ['a'])] }]);
  it('depends on what the document says, not on the order of its keys', () => {
    const reordered = Object.fromEntries(Object.entries(doc).reverse()) as typeof doc;
    expect(documentHash(reordered)).toBe(documentHash(doc));
    expect(documentHash({ ...doc, title: { en: 'G' } })).not.toBe(documentHash(doc));
  });
});

describe('frameworks policy', () => {
  const admin = actor(['district_admin', null]);
  const teacher = actor(['teacher', 's1'], ['coach', 's2'], ['teacher', 's1']);
  it('lets everyone read built-in and own frameworks, never another district’s', () => {
    for (const who of [admin, teacher]) {
      expect(policy.canRead(who, { organizationId: null })).toBe(true);
      expect(policy.canRead(who, { organizationId: 'org-a' })).toBe(true);
      expect(policy.canRead(who, { organizationId: 'org-b' })).toBe(false);
    }
  });
  it('lets only a district admin manage, and never edit the built-in framework', () => {
    expect(policy.canManage(admin)).toBe(true);
    expect(policy.canManage(teacher)).toBe(false);
    expect(policy.canEdit(admin, { organizationId: 'org-a' })).toBe(true);
    expect(policy.canEdit(admin, { organizationId: null })).toBe(false);
    expect(policy.canEdit(teacher, { organizationId: 'org-a' })).toBe(false);
  });
  it('lets teachers and coaches choose a focus from their schools’ frameworks', () => {
    expect(policy.canChooseFocus(teacher)).toBe(true);
    expect(policy.canChooseFocus(admin)).toBe(false);
    expect(policy.canChooseFocus(actor(['school_leader', 's1']))).toBe(false);
    expect(policy.focusSchools(teacher).sort()).toEqual(['s1', 's2']);
  });
});

describe('import messages', () => {
  it('the parsers’ catalog knows every custom message of the framework contract (so it has Spanish)', () => {
    const contract = readFileSync(join(import.meta.dirname, '../../../../core/contracts/frameworks.ts'), 'utf8');
    // Every quoted sentence of the contract is a message a person may read.
    const custom = [...contract.matchAll(/'([A-Z][^']+\.)'/g)].map((m) => m[1] as string);
    expect(custom).toHaveLength(6);
    expect(custom.filter((m) => !CONTRACT_MESSAGES.has(m))).toEqual([]);
  });
});
