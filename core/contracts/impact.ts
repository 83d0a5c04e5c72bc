import { z } from 'zod';
import { GUSKEY_LEVELS, IMPACT_SOURCES, METRIC_IDS } from '../impact/metrics';
import { PULSE_ITEM_IDS } from '../impact/pulse-bank';
import { Id, Timestamp } from './common';

/*
 * Initiatives and their Guskey-level dashboards (issue 6, PEDAGOGY.md §6). A district admin sets
 * 2–3 initiatives a year, each with target practices, the schools or teams in scope and targets
 * per level, authored backwards (level 5 first). Dashboards read rollup tables refreshed by jobs;
 * every number computed from fewer than 5 people leaves the server as `{ suppressed: true }`.
 */

export const IMPACT_LIMITS = {
  name: 200,
  description: 2_000,
  practices: 5,
  targets: 20,
  scopeIds: 200,
  /** Active initiatives a district may have in one school year. */
  activePerYear: 3,
  pulseItemsMin: 3,
  pulseItemsMax: 5,
} as const;

export const INITIATIVE_STATUSES = ['active', 'archived'] as const;
export const DASHBOARD_GRAINS = ['week', 'month'] as const;

const text = (max: number) => z.string().trim().min(1).max(max);
const day = z.iso.date();

/** "2026-27": the school year starting in 2026. */
export const SchoolYear = z
  .string()
  .regex(/^\d{4}-\d{2}$/, 'Write the school year as 2026-27.')
  .refine(
    (year) => (Number(year.slice(0, 4)) + 1) % 100 === Number(year.slice(5)),
    'Write the school year as 2026-27.',
  );

const Localized = (max: number) =>
  z
    .object({ en: text(max).optional(), es: text(max).optional() })
    .strict()
    .refine((value) => value.en !== undefined || value.es !== undefined, 'Write it in English or Spanish.');

export const GuskeyLevelSchema = z.union(GUSKEY_LEVELS.map((level) => z.literal(level)));
export const MetricIdSchema = z.enum(METRIC_IDS);

export const InitiativeTarget = z
  .object({
    level: GuskeyLevelSchema,
    metricId: MetricIdSchema,
    value: z.number().finite().min(-1e6).max(1e6),
    byDate: day,
  })
  .strict();
export type InitiativeTarget = z.infer<typeof InitiativeTarget>;

export const InitiativeScope = z
  .object({
    allSchools: z.boolean(),
    schoolIds: z.array(Id).max(IMPACT_LIMITS.scopeIds).default([]),
    teamIds: z.array(Id).max(IMPACT_LIMITS.scopeIds).default([]),
  })
  .strict()
  .refine(
    (s) => s.allSchools || s.schoolIds.length + s.teamIds.length > 0,
    'Choose all schools, or some schools or teams.',
  );
export type InitiativeScope = z.infer<typeof InitiativeScope>;

export const CreateInitiativeBody = z
  .object({
    schoolYear: SchoolYear,
    name: Localized(IMPACT_LIMITS.name),
    description: Localized(IMPACT_LIMITS.description).optional(),
    targetPracticeIds: z.array(Id).min(1).max(IMPACT_LIMITS.practices),
    scope: InitiativeScope,
    targets: z.array(InitiativeTarget).max(IMPACT_LIMITS.targets).default([]),
  })
  .strict();
export type CreateInitiativeBody = z.infer<typeof CreateInitiativeBody>;

export const UpdateInitiativeBody = z
  .object({
    name: Localized(IMPACT_LIMITS.name).optional(),
    description: Localized(IMPACT_LIMITS.description).nullable().optional(),
    targetPracticeIds: z.array(Id).min(1).max(IMPACT_LIMITS.practices).optional(),
    scope: InitiativeScope.optional(),
    targets: z.array(InitiativeTarget).max(IMPACT_LIMITS.targets).optional(),
    status: z.enum(INITIATIVE_STATUSES).optional(),
  })
  .strict();
export type UpdateInitiativeBody = z.infer<typeof UpdateInitiativeBody>;

export const Initiative = z.object({
  id: Id,
  schoolYear: z.string(),
  name: z.object({ en: z.string().optional(), es: z.string().optional() }),
  description: z.object({ en: z.string().optional(), es: z.string().optional() }).nullable(),
  targetPracticeIds: z.array(Id),
  scope: z.object({ allSchools: z.boolean(), schoolIds: z.array(Id), teamIds: z.array(Id) }),
  /** Level 5 first: the order they are authored in. */
  targets: z.array(InitiativeTarget),
  status: z.enum(INITIATIVE_STATUSES),
  /** Whether the reader may open its dashboard (admins; leaders of a school in scope). */
  hasDashboard: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Initiative = z.infer<typeof Initiative>;

export const InitiativeListQuery = z.object({ schoolYear: SchoolYear.optional() });

export const DashboardQuery = z
  .object({
    schoolId: Id.optional(),
    teamId: Id.optional(),
    subject: z.string().trim().min(1).max(60).optional(),
    from: day.optional(),
    to: day.optional(),
    grain: z.enum(DASHBOARD_GRAINS).default('week'),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'from must not be after to.', path: ['from'] });
export type DashboardQuery = z.infer<typeof DashboardQuery>;

/** A number with the people it was computed from, or nothing at all when they were fewer than 5. */
export const Cell = z.union([
  z.object({ suppressed: z.literal(false), value: z.number(), people: z.number().int() }),
  z.object({ suppressed: z.literal(true) }),
]);
export type Cell = z.infer<typeof Cell>;

const BreakdownRow = z.object({ key: z.string(), label: z.string(), cell: Cell });
export type BreakdownRow = z.infer<typeof BreakdownRow>;

export const DashboardMetric = z.object({
  id: MetricIdSchema,
  label: z.string(),
  unit: z.string(),
  direction: z.enum(['up', 'down']),
  benchmark: z.number().nullable(),
  value: Cell,
  target: z.object({ value: z.number(), byDate: day, met: z.boolean().nullable() }).nullable(),
  series: z.array(z.object({ period: day, cell: Cell })),
  breakdowns: z.object({
    school: z.array(BreakdownRow),
    team: z.array(BreakdownRow),
    subject: z.array(BreakdownRow),
  }),
  /** No reader wired yet, or no facts: the level says "no data yet". */
  hasData: z.boolean(),
});
export type DashboardMetric = z.infer<typeof DashboardMetric>;

export const DashboardLevel = z.object({
  level: GuskeyLevelSchema,
  /** Level 5: evidence, never proof of cause (PEDAGOGY.md §6). */
  evidenceNotProof: z.boolean(),
  completeness: z.object({
    sources: z.array(z.object({ source: z.enum(IMPACT_SOURCES), hasData: z.boolean() })),
    /** Share of in-scope people with any data on this level. */
    people: Cell,
    inScopePeople: z.number().int(),
  }),
  metrics: z.array(DashboardMetric),
});
export type DashboardLevel = z.infer<typeof DashboardLevel>;

export const Dashboard = z.object({
  initiativeId: Id,
  grain: z.enum(DASHBOARD_GRAINS),
  from: day,
  to: day,
  refreshedAt: Timestamp.nullable(),
  levels: z.array(DashboardLevel),
});
export type Dashboard = z.infer<typeof Dashboard>;

export const ExportQuery = z.object({
  table: z.union([MetricIdSchema, z.enum(['level-1', 'level-2', 'level-3', 'level-4', 'level-5'])]),
});

export const PulseItemIdSchema = z.enum(PULSE_ITEM_IDS);

export const CreatePulseBody = z
  .object({
    itemIds: z
      .array(PulseItemIdSchema)
      .min(IMPACT_LIMITS.pulseItemsMin)
      .max(IMPACT_LIMITS.pulseItemsMax)
      .refine((ids) => new Set(ids).size === ids.length, 'Each item once.'),
    opensOn: day,
    closesOn: day,
  })
  .strict()
  .refine((p) => p.opensOn <= p.closesOn, { message: 'The pulse must open before it closes.', path: ['closesOn'] });
export type CreatePulseBody = z.infer<typeof CreatePulseBody>;

export const Pulse = z.object({
  id: Id,
  initiativeId: Id,
  initiativeName: z.string(),
  items: z.array(z.object({ id: PulseItemIdSchema, text: z.string() })),
  opensOn: day,
  closesOn: day,
  /** For the person asking: whether they already answered (answers are never shown back). */
  answered: z.boolean(),
});
export type Pulse = z.infer<typeof Pulse>;

export const PulseAnswerBody = z
  .object({
    answers: z
      .array(z.object({ itemId: PulseItemIdSchema, value: z.number().int().min(1).max(5) }).strict())
      .min(1)
      .max(IMPACT_LIMITS.pulseItemsMax),
  })
  .strict();
export type PulseAnswerBody = z.infer<typeof PulseAnswerBody>;

export const PulseParams = z.object({ id: Id, pulseId: Id });
