import { randomUUID } from 'node:crypto';
import type { FrameworkDocument } from '#core/contracts/frameworks';
import type { frameworkDomains, frameworkLookFors, frameworkPractices } from './frameworks.table';

type Stored = { id: string; code: string };
/** What a framework holds now: its rows' ids and codes (look-fors also by their practice). */
export type ExistingTree = { domains: Stored[]; practices: Stored[]; lookFors: (Stored & { practiceId: string })[] };

type Owned = { organizationId: string | null; frameworkId: string };
export type TreeWrite = {
  domains: (typeof frameworkDomains.$inferInsert & { id: string })[];
  practices: (typeof frameworkPractices.$inferInsert & { id: string })[];
  lookFors: (typeof frameworkLookFors.$inferInsert & { id: string })[];
  removed: { domainIds: string[]; practiceIds: string[]; lookForIds: string[] };
};

/**
 * How to make the stored tree say what `document` says, keeping ids by code: a domain or practice
 * whose code is still in the framework keeps its id (a practice may even move to another domain),
 * a look-for keeps its id while its practice and its own code stay; new codes get new ids, and
 * codes that are gone are listed for removal. Pure, so it is unit-tested without a database.
 */
export function planTreeWrite(
  owner: Owned,
  existing: ExistingTree,
  document: FrameworkDocument,
  newId: () => string = randomUUID,
): TreeWrite {
  const byCode = (rows: Stored[]) => new Map(rows.map((r) => [r.code, r.id]));
  const domainIds = byCode(existing.domains);
  const practiceIds = byCode(existing.practices);
  const lookForIds = new Map(existing.lookFors.map((l) => [`${l.practiceId}\u0000${l.code}`, l.id]));
  const out: TreeWrite = {
    domains: [],
    practices: [],
    lookFors: [],
    removed: { domainIds: [], practiceIds: [], lookForIds: [] },
  };

  document.domains.forEach((domain, d) => {
    const domainId = domainIds.get(domain.code) ?? newId();
    out.domains.push({
      ...owner,
      id: domainId,
      position: d,
      code: domain.code,
      title: domain.title,
      description: domain.description ?? null,
    });
    domain.practices.forEach((practice, p) => {
      const practiceId = practiceIds.get(practice.code) ?? newId();
      out.practices.push({
        ...owner,
        id: practiceId,
        domainId,
        position: p,
        code: practice.code,
        title: practice.title,
        description: practice.description ?? null,
        levels: practice.levels,
        planTerms: practice.planTerms,
        resourceIds: practice.resourceIds,
      });
      practice.lookFors.forEach((lookFor, l) => {
        out.lookFors.push({
          ...owner,
          id: lookForIds.get(`${practiceId}\u0000${lookFor.code}`) ?? newId(),
          practiceId,
          position: l,
          code: lookFor.code,
          text: lookFor.text,
        });
      });
    });
  });

  const kept = (rows: { id: string }[]) => new Set(rows.map((r) => r.id));
  const keptDomains = kept(out.domains);
  const keptPractices = kept(out.practices);
  const keptLookFors = kept(out.lookFors);
  out.removed.domainIds = existing.domains.filter((r) => !keptDomains.has(r.id)).map((r) => r.id);
  out.removed.practiceIds = existing.practices.filter((r) => !keptPractices.has(r.id)).map((r) => r.id);
  out.removed.lookForIds = existing.lookFors.filter((r) => !keptLookFors.has(r.id)).map((r) => r.id);
  return out;
}
