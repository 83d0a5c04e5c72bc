import type {
  CreateInitiativeBody,
  CreatePulseBody,
  DashboardQuery,
  InitiativeTarget,
  PulseAnswerBody,
  UpdateInitiativeBody,
} from '#core/contracts/impact';
import { Dashboard, IMPACT_LIMITS } from '#core/contracts/impact';
import { utcDay } from '#core/domain/calendar';
import type { Locale } from '#core/domain/roles';
import { type ImpactSource, metricById, toCsv } from '#core/impact/index';
import type { Db } from '../../db/client';
import type { Actor } from '../../platform/actor';
import { authorize, found } from '../../platform/authz';
import { encodedText } from '../../platform/http/compression.plugin';
import { conflict, unprocessable } from '../../platform/http/problem';
import { auditRepo } from '../audit';
import type { KnownTags, PracticeTitleOf } from '../frameworks';
import { renderImpactReport } from '../impact-report';
import type { GroupNames, TeamsOf } from '../organizations';
import { buildDashboard, EXPORT_HEADER, exportRows } from './impact.dashboard';
import { enqueueRefresh } from './impact.jobs';
import { impactPolicy as policy } from './impact.policy';
import { presentInitiative, presentPulse } from './impact.presenter';
import { type InitiativeRow, impactRepo as repo } from './impact.repo';
import { reportInput } from './impact.report';
import { type DashboardViews, filterOf, outsideYear } from './impact.views';
import { rollupRepo } from './rollup.repo';

type Deps = {
  db: Db;
  knownTags: KnownTags;
  groupNames: GroupNames;
  teamsOf: TeamsOf;
  practiceTitle: PracticeTitleOf;
  views: DashboardViews;
  /** Sources with a reader wired (the slots may be missing): the others say "no data yet". */
  wiredSources: ImpactSource[];
  now?: () => Date;
};
type FieldError = { path: string; message: string };

/** Targets in the order they are authored and shown: level 5 first. */
const backwards = (targets: InitiativeTarget[]) => [...targets].sort((a, b) => b.level - a.level);

export function createImpactService({
  db,
  knownTags,
  groupNames,
  teamsOf,
  practiceTitle,
  views,
  wiredSources,
  now = () => new Date(),
}: Deps) {
  const wired = new Set<ImpactSource>([...wiredSources, 'pulses']);

  /** Per request: the district's groups and the actor's teams, each read at most once. */
  function lookupsOf(actor: Actor) {
    let names: ReturnType<GroupNames> | undefined;
    let teams: ReturnType<TeamsOf> | undefined;
    return {
      names: () => (names ??= groupNames(actor.organizationId)),
      teams: () => (teams ??= teamsOf(actor.organizationId, actor.userId)),
    };
  }

  /** The actor's view of an initiative: admin (everything), leader (these schools), included, or nothing. */
  async function accessOf(actor: Actor, row: InitiativeRow, lookups = lookupsOf(actor)) {
    if (policy.mayManage(actor)) return { dashboard: true, withinSchools: null as string[] | null };
    const names = row.scope.teamIds.length > 0 ? await lookups.names() : null;
    const teamSchools = (names?.teams ?? [])
      .filter((t) => row.scope.teamIds.includes(t.id) && t.schoolId)
      .map((t) => t.schoolId as string);
    const leaderSchools = policy.leaderSchoolsInScope(actor, row.scope, teamSchools);
    if (leaderSchools.length > 0) return { dashboard: true, withinSchools: leaderSchools };
    const included = policy.includes(actor, row.scope, await lookups.teams());
    return included ? { dashboard: false, withinSchools: [] } : null;
  }

  async function readable(actor: Actor, id: string, lookups = lookupsOf(actor)) {
    const row = await repo.find(db, actor.organizationId, id);
    const access = row ? await accessOf(actor, row, lookups) : null;
    authorize(row !== null && access !== null, 'hide');
    return { row: row!, access: access! };
  }

  async function managed(actor: Actor, id: string) {
    const { row, access } = await readable(actor, id);
    authorize(policy.mayManage(actor) && access.dashboard);
    return row;
  }

  /** Practices a framework of the district knows, schools and teams of the district, targets on their level. */
  async function contentErrors(
    actor: Actor,
    body: { targetPracticeIds?: string[]; scope?: CreateInitiativeBody['scope']; targets?: InitiativeTarget[] },
  ): Promise<FieldError[]> {
    const errors: FieldError[] = [];
    if (body.targetPracticeIds) {
      const known = await knownTags(actor.organizationId, { practiceIds: body.targetPracticeIds, lookForIds: [] });
      body.targetPracticeIds.forEach((id, i) => {
        if (!known.practiceIds.has(id))
          errors.push({ path: `targetPracticeIds.${i}`, message: 'Not a practice of a framework your district uses.' });
      });
      if (new Set(body.targetPracticeIds).size !== body.targetPracticeIds.length)
        errors.push({ path: 'targetPracticeIds', message: 'Each practice once.' });
    }
    if (body.scope) {
      const names = await groupNames(actor.organizationId);
      const schools = new Set(names.schools.map((s) => s.id));
      const teams = new Set(names.teams.map((t) => t.id));
      body.scope.schoolIds.forEach((id, i) => {
        if (!schools.has(id)) errors.push({ path: `scope.schoolIds.${i}`, message: 'Not a school of your district.' });
      });
      body.scope.teamIds.forEach((id, i) => {
        if (!teams.has(id)) errors.push({ path: `scope.teamIds.${i}`, message: 'Not a team of your district.' });
      });
    }
    body.targets?.forEach((target, i) => {
      const metric = metricById(target.metricId);
      if (metric?.level !== target.level)
        errors.push({ path: `targets.${i}.metricId`, message: 'This measure belongs to another level.' });
      // A share is stored as 0–1; an admin typing 80 for 80 % would set a target never met.
      else if (metric.unit === 'share' && (target.value < 0 || target.value > 1))
        errors.push({ path: `targets.${i}.value`, message: 'A share is a number from 0 to 1 (0.8 for 80 %).' });
    });
    if (body.targets && new Set(body.targets.map((t) => t.metricId)).size !== body.targets.length)
      errors.push({ path: 'targets', message: 'One target per measure.' });
    return errors;
  }

  // The number is IMPACT_LIMITS.activePerYear, written out so the message has its Spanish.
  const tooMany = () => unprocessable('A district may have at most 3 active initiatives in a school year.');

  /** The actor's initiative and the facts filter of the dashboard they asked for (403/404/422 first). */
  async function dashboardRequest(actor: Actor, id: string, query: DashboardQuery) {
    const lookups = lookupsOf(actor);
    const { row, access } = await readable(actor, id, lookups);
    authorize(access.dashboard);
    const outside = outsideYear(row, query);
    if (outside.length > 0)
      throw unprocessable(
        'Check the highlighted fields.',
        outside.map((path) => ({ path, message: "Pick a date inside the initiative's school year." })),
      );
    const filter = filterOf(row, access.withinSchools, query, utcDay(now()));
    const [state, names] = await Promise.all([views.state(actor.organizationId), lookups.names()]);
    return { row, filter, state, names };
  }

  async function build(
    request: Awaited<ReturnType<typeof dashboardRequest>>,
    grain: DashboardQuery['grain'],
    locale: Locale,
  ) {
    const { row, filter, state, names } = request;
    return buildDashboard({
      initiative: row,
      grain,
      from: filter.from,
      to: filter.to,
      locale,
      refreshedAt: state.refreshedAt,
      wiredSources: wired,
      aggregates: await views.aggregatesOf(filter),
      names: {
        schools: new Map(names.schools.map((s) => [s.id, s.name])),
        teams: new Map(names.teams.map((t) => [t.id, t.name])),
      },
    });
  }

  /** The dashboard, with the initiative and the district's groups it was built from. */
  async function dashboardParts(actor: Actor, id: string, query: DashboardQuery, locale: Locale) {
    const request = await dashboardRequest(actor, id, query);
    return { dashboard: await build(request, query.grain, locale), row: request.row, names: request.names };
  }

  /**
   * The dashboard as the JSON the route sends, from this process's rendered cache when nothing it
   * is made of changed; built, checked against the contract and serialised once otherwise.
   */
  async function dashboardJson(actor: Actor, id: string, query: DashboardQuery, locale: Locale) {
    const request = await dashboardRequest(actor, id, query);
    const key = views.renderKey({
      filter: request.filter,
      state: request.state,
      grain: query.grain,
      locale,
      editedAt: request.row.updatedAt,
      names: request.names.stamp,
    });
    const cached = views.rendered.get(key);
    if (cached) return cached;
    const json = encodedText(JSON.stringify(Dashboard.parse(await build(request, query.grain, locale))));
    views.rendered.set(key, json);
    return json;
  }
  const dashboardOf = async (actor: Actor, id: string, query: DashboardQuery, locale: Locale) =>
    (await dashboardParts(actor, id, query, locale)).dashboard;

  return {
    async create(actor: Actor, body: CreateInitiativeBody) {
      authorize(policy.mayManage(actor));
      const errors = await contentErrors(actor, body);
      if (errors.length > 0) throw unprocessable('Check the highlighted fields.', errors);
      const row = await db.transaction(async (tx) => {
        if ((await repo.countActiveLocked(tx, actor.organizationId, body.schoolYear)) >= IMPACT_LIMITS.activePerYear)
          throw tooMany();
        const created = await repo.insert(tx, {
          organizationId: actor.organizationId,
          schoolYear: body.schoolYear,
          name: body.name,
          description: body.description ?? null,
          targetPracticeIds: body.targetPracticeIds,
          scope: body.scope,
          targets: backwards(body.targets),
          status: 'active',
          createdBy: actor.userId,
        });
        await auditRepo.record(tx, {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: 'initiative.created',
          targetType: 'initiative',
          targetId: created.id,
          data: { schoolYear: body.schoolYear },
          ip: actor.context.ip,
        });
        // Plans are read per target practice: a new practice means reading them all again.
        await rollupRepo.resetWatermark(tx, actor.organizationId, 'plans');
        await enqueueRefresh(tx, actor.organizationId, now());
        return created;
      });
      return presentInitiative(row, true);
    },

    async list(actor: Actor, schoolYear: string | undefined) {
      const rows = await repo.list(db, actor.organizationId, schoolYear);
      const lookups = lookupsOf(actor);
      const shown = [];
      for (const row of rows) {
        const access = await accessOf(actor, row, lookups);
        if (access) shown.push(presentInitiative(row, access.dashboard));
      }
      return { items: shown };
    },

    async get(actor: Actor, id: string) {
      const { row, access } = await readable(actor, id);
      return presentInitiative(row, access.dashboard);
    },

    async update(actor: Actor, id: string, body: UpdateInitiativeBody) {
      await managed(actor, id);
      const errors = await contentErrors(actor, body);
      if (errors.length > 0) throw unprocessable('Check the highlighted fields.', errors);
      const row = await db.transaction(async (tx) => {
        const current = found(await repo.findForUpdate(tx, actor.organizationId, id));
        if (body.status === 'active' && current.status !== 'active') {
          const active = await repo.countActiveLocked(tx, actor.organizationId, current.schoolYear, id);
          if (active >= IMPACT_LIMITS.activePerYear) throw tooMany();
        }
        const updated = await repo.update(
          tx,
          actor.organizationId,
          id,
          {
            ...(body.name ? { name: body.name } : {}),
            ...(body.description !== undefined ? { description: body.description } : {}),
            ...(body.targetPracticeIds ? { targetPracticeIds: body.targetPracticeIds } : {}),
            ...(body.scope ? { scope: body.scope } : {}),
            ...(body.targets ? { targets: backwards(body.targets) } : {}),
            ...(body.status ? { status: body.status } : {}),
          },
          now(),
        );
        if (body.targetPracticeIds || body.status) await rollupRepo.resetWatermark(tx, actor.organizationId, 'plans');
        await auditRepo.record(tx, {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: 'initiative.updated',
          targetType: 'initiative',
          targetId: id,
          data: { fields: Object.keys(body) },
          ip: actor.context.ip,
        });
        return updated;
      });
      return presentInitiative(row, true);
    },

    dashboard: dashboardOf,
    dashboardJson,

    async exportCsv(actor: Actor, id: string, table: string, query: DashboardQuery, locale: Locale) {
      const dashboard = await dashboardOf(actor, id, query, locale);
      return toCsv(EXPORT_HEADER, exportRows(dashboard, table));
    },

    /** The board-ready PDF of the same dashboard (same suppression): initiative, levels, charts. */
    async reportPdf(actor: Actor, id: string, query: DashboardQuery, locale: Locale) {
      const { dashboard, row, names } = await dashboardParts(actor, id, query, locale);
      const text = (value: { en?: string | undefined; es?: string | undefined } | null) =>
        (value ? (value[locale] ?? value.en ?? value.es) : '') ?? '';
      const practices = await Promise.all(
        row.targetPracticeIds.map((practiceId) => practiceTitle(actor.organizationId, practiceId)),
      );
      const about = {
        district: names.district,
        name: text(row.name),
        schoolYear: row.schoolYear,
        description: text(row.description),
        practices: practices.flatMap((practice) => (practice ? [`${practice.code} ${text(practice.title)}`] : [])),
      };
      return renderImpactReport(reportInput(dashboard, about, locale, now()));
    },

    async refresh(actor: Actor, id: string) {
      await managed(actor, id);
      await enqueueRefresh(db, actor.organizationId, now());
    },

    async createPulse(actor: Actor, id: string, body: CreatePulseBody, locale: Locale) {
      const initiative = await managed(actor, id);
      if (initiative.status !== 'active') throw conflict('This initiative is archived.');
      const pulse = await repo.insertPulse(db, {
        organizationId: actor.organizationId,
        initiativeId: id,
        itemIds: body.itemIds,
        opensOn: body.opensOn,
        closesOn: body.closesOn,
      });
      return presentPulse(pulse, initiative, false, locale);
    },

    async pulsesOf(actor: Actor, id: string, locale: Locale) {
      const initiative = await managed(actor, id);
      const pulses = await repo.pulsesOf(db, actor.organizationId, id);
      return { items: pulses.map((p) => presentPulse(p, initiative, false, locale)) };
    },

    /** Open pulses of the initiatives that include me (teachers and coaches; others: none). */
    async openPulses(actor: Actor, locale: Locale) {
      if (!policy.mayAnswerPulses(actor)) return { items: [] };
      const initiatives = (await repo.list(db, actor.organizationId)).filter((row) => row.status === 'active');
      const myTeams = await teamsOf(actor.organizationId, actor.userId);
      const mine = initiatives.filter((row) => policy.includes(actor, row.scope, myTeams));
      const byId = new Map(mine.map((row) => [row.id, row]));
      const open = await repo.openPulses(db, actor.organizationId, [...byId.keys()], actor.userId, utcDay(now()));
      return {
        items: open.map(({ pulse, answeredAt }) =>
          presentPulse(pulse, byId.get(pulse.initiativeId)!, answeredAt !== null, locale),
        ),
      };
    },

    async answerPulse(actor: Actor, pulseId: string, body: PulseAnswerBody) {
      const pulse = await repo.findPulse(db, actor.organizationId, pulseId);
      const initiative = pulse ? await repo.find(db, actor.organizationId, pulse.initiativeId) : null;
      const included =
        initiative !== null &&
        policy.mayAnswerPulses(actor) &&
        policy.includes(actor, initiative.scope, await teamsOf(actor.organizationId, actor.userId));
      authorize(pulse !== null && included, 'hide');
      if (initiative!.status !== 'active') throw conflict('This initiative is archived.');
      const today = utcDay(now());
      if (today < pulse!.opensOn || today > pulse!.closesOn) throw conflict('This pulse is not open.');
      const errors: FieldError[] = [];
      body.answers.forEach((answer, i) => {
        if (!pulse!.itemIds.includes(answer.itemId))
          errors.push({ path: `answers.${i}.itemId`, message: 'Not an item of this pulse.' });
      });
      if (new Set(body.answers.map((a) => a.itemId)).size !== body.answers.length)
        errors.push({ path: 'answers', message: 'Each item once.' });
      if (errors.length > 0) throw unprocessable('Check the highlighted fields.', errors);
      const stored = await repo.answer(db, {
        organizationId: actor.organizationId,
        pulseId: pulse!.id,
        personId: actor.userId,
        answers: body.answers,
      });
      if (!stored) throw conflict('You already answered this pulse.');
    },
  };
}
export type ImpactService = ReturnType<typeof createImpactService>;
