import { CPL_INDICATORS, type CplDomain, type CplIndicatorDefinition, type CplIndicatorKey } from '#core/cpl/index';
import type { Db } from '../../db/client';
import { type DistrictIndicators, districtIndicatorsFrom } from '../impact';
import { type MeetingPracticeOf, meetingPracticeFrom } from '../meetings';
import { type PlansFromUnitsOf, plansFromUnitsFrom } from '../units';

/**
 * One platform indicator for a district over a span: `people` is how many distinct people the
 * value rests on (callers suppress under 5); `value` is null when there is nothing to count.
 */
export type Indicator = {
  key: CplIndicatorKey;
  domain: CplDomain;
  value: number | null;
  people: number;
  benchmark?: number;
};
export type CplIndicators = (organizationId: string, span: { from: string; to: string }) => Promise<Indicator[]>;
export type CplIndicatorDeps = {
  districtIndicators?: DistrictIndicators;
  meetingPractice?: MeetingPracticeOf;
  plansFromUnits?: PlansFromUnitsOf;
};

const DEFINITIONS: readonly CplIndicatorDefinition[] = CPL_INDICATORS;
const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/**
 * The Connected-Professional-Learning indicators (core/cpl/indicators.ts) for one district and
 * span, unsuppressed: impact's rollup for the metrics it keeps, the meetings module for how team
 * time was used, the units module for plans made from shared units. Other modules are read only
 * through the readers their index exports; each can be injected (defaults read from `db`).
 */
export function cplIndicatorsFrom(db: Db, deps: CplIndicatorDeps = {}): CplIndicators {
  const district = deps.districtIndicators ?? districtIndicatorsFrom(db);
  const meetings = deps.meetingPractice ?? meetingPracticeFrom(db);
  const units = deps.plansFromUnits ?? plansFromUnitsFrom(db);
  return async (organizationId, span) => {
    const metrics = DEFINITIONS.flatMap((i) => (i.metric ? [i.metric] : []));
    const [values, practice, planning] = await Promise.all([
      district(organizationId, span, metrics),
      meetings(organizationId, span),
      units(organizationId, span),
    ]);
    const byMetric = new Map(values.map((v) => [v.metric, v]));
    return DEFINITIONS.map((def): Indicator => {
      const base = {
        key: def.key as CplIndicatorKey,
        domain: def.domain,
        ...(def.benchmark !== undefined ? { benchmark: def.benchmark } : {}),
      };
      if (def.metric) {
        const v = byMetric.get(def.metric);
        return { ...base, value: v?.value ?? null, people: v?.people ?? 0 };
      }
      if (def.key === 'plans-from-units')
        return { ...base, value: share(planning.fromUnits, planning.plans), people: planning.people };
      const part = def.key === 'meetings-on-curriculum' ? practice.onCurriculum : practice.withCommitments;
      return { ...base, value: share(part, practice.held), people: practice.people };
    });
  };
}
