import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { type PlansCreatedIn, plansCreatedInFrom } from '../planning';

export type PlansFromUnits = {
  /** Lesson plans created in the span. */
  plans: number;
  /** Of those, how many were made from a step of a team's unit. */
  fromUnits: number;
  /** Distinct owners of those plans: what the share rests on. */
  people: number;
};
export type PlansFromUnitsOf = (organizationId: string, span: { from: string; to: string }) => Promise<PlansFromUnits>;

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/**
 * How much of a district's planning starts from shared units (injected; the self-assessment's
 * curriculum indicator): a unit step names the plan a member made from it. The plans come from
 * the planning module's reader (`plansCreatedIn`, injectable); only the units table is read here.
 */
export const plansFromUnitsFrom =
  (db: Db, plansCreatedIn: PlansCreatedIn = plansCreatedInFrom(db)): PlansFromUnitsOf =>
  async (organizationId, span) => {
    const [made, linkedRows] = await Promise.all([
      plansCreatedIn(organizationId, span),
      db.execute(sql`
        select distinct step->>'planId' as "planId"
        from units u, jsonb_array_elements(u.sequence) step
        where u.organization_id = ${organizationId} and step->>'planId' is not null`),
    ]);
    const linked = new Set(rowsOf<{ planId: string }>(linkedRows).map((row) => row.planId));
    return {
      plans: made.length,
      fromUnits: made.filter((plan) => linked.has(plan.id)).length,
      people: new Set(made.map((plan) => plan.ownerId)).size,
    };
  };
