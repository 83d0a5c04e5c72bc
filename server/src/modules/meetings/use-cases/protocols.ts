import type { z } from 'zod';
import type { CreateProtocolBody } from '#core/contracts/meetings';
import { BUILT_IN_PROTOCOLS, type BuiltInProtocol, builtInProtocol, totalMinutes } from '#core/protocols/index';
import type { Db } from '../../../db/client';
import type { Actor } from '../../../platform/actor';
import { authorize, found } from '../../../platform/authz';
import { meetingsPolicy as policy } from '../meetings.policy';
import { presentDistrictProtocol } from '../meetings.presenter';
import { meetingsRepo as repo } from '../meetings.repo';

const presentBuiltIn = (p: BuiltInProtocol) => ({
  id: p.id,
  builtIn: true,
  name: p.name,
  purpose: p.purpose,
  steps: p.steps,
  minutes: totalMinutes(p.steps),
});

/** Protocols: the built-in templates from core/protocols beside the district's own. */
export function createProtocolUseCases({ db }: { db: Db }) {
  /** A built-in template by slug, or one of the district's by id; null otherwise. */
  async function resolveProtocol(actor: Actor, id: string) {
    const builtIn = builtInProtocol(id);
    if (builtIn) return presentBuiltIn(builtIn);
    const row = await repo.findProtocol(db, actor.organizationId, id);
    return row ? presentDistrictProtocol(row) : null;
  }

  return {
    resolveProtocol,

    async listProtocols(actor: Actor) {
      const own = await repo.listProtocols(db, actor.organizationId);
      return { items: [...BUILT_IN_PROTOCOLS.map(presentBuiltIn), ...own.map(presentDistrictProtocol)] };
    },

    getProtocol: async (actor: Actor, id: string) => found(await resolveProtocol(actor, id)),

    async createProtocol(actor: Actor, body: z.infer<typeof CreateProtocolBody>) {
      authorize(policy.canAddProtocol(actor));
      const row = await repo.createProtocol(db, {
        organizationId: actor.organizationId,
        definition: body,
        createdBy: actor.userId,
      });
      return presentDistrictProtocol(row);
    },
  };
}
