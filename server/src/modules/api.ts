import type { FastifyBaseLogger } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../config';
import type { Db } from '../db/client';
import { registerAuth } from '../platform/http/auth.plugin';
import { createJobRunner, type JobRunnerOptions } from '../platform/jobs';
import type { MailTransport } from '../platform/mail';
import { auditRoutes, createAuditService } from './audit';
import { classesRoutes, createClassesService } from './classes';
import { activeCyclesFrom, createCyclesService, cyclesRoutes } from './cycles';
import {
  createFrameworksService,
  focusPracticesFrom,
  frameworksRoutes,
  knownTagsFrom,
  schoolLookForFrom,
} from './frameworks';
import { createIdentityService, identityRoutes } from './identity';
import { createInsightsService, insightsRoutes } from './insights';
import { createLibraryService, libraryRoutes } from './library';
import { createNotificationsService, notificationJobs, notificationsRoutes } from './notifications';
import {
  coachingRoutes,
  createCoachingService,
  createObservationsService,
  followUpsDueFrom,
  observationsRoutes,
  observerOfPlanFrom,
} from './observations';
import {
  createPeopleService,
  createSchoolsService,
  createTeamsService,
  evaluativeTurnedOnFrom,
  organizationsRoutes,
} from './organizations';
import { createPlanningService, planningRoutes, planReaderFrom } from './planning';
import { carryForwardFrom, createReflectionsService, reflectionsRoutes } from './reflections';
import { createWalksService, walkClosedNotifier, walksRoutes } from './walks';

/** The one place modules are wired together: each service gets exactly the collaborators it needs. */
export function createServices(deps: {
  db: Db;
  config: Config;
  transport: MailTransport | null;
  log: FastifyBaseLogger;
}) {
  const { db, config } = deps;
  const notifications = createNotificationsService(db, deps.transport, deps.log, { publicUrl: config.publicUrl });
  const identity = createIdentityService({ db, notifications, publicUrl: config.publicUrl });
  const classes = createClassesService(db);
  const carryForward = carryForwardFrom(db);
  const focusPractices = focusPracticesFrom(db);
  const planning = createPlanningService({
    db,
    classes,
    carryForward,
    focusPractices,
    observerOfPlan: observerOfPlanFrom(db),
  });
  return {
    notifications,
    identity,
    audit: createAuditService(db),
    schools: createSchoolsService(db),
    people: createPeopleService({ db, identity, notifications }),
    teams: createTeamsService(db),
    classes,
    insights: createInsightsService({ classes, carryForward, focusPractices }),
    planning,
    reflections: createReflectionsService({ db, planning }),
    library: createLibraryService({ db }),
    frameworks: createFrameworksService({ db }),
    observations: createObservationsService({
      db,
      planning,
      knownTags: knownTagsFrom(db),
      evaluativeTurnedOn: evaluativeTurnedOnFrom(db),
      notify: notifications.notify,
    }),
    /**
     * The background worker over the jobs table (adr/0006). main.ts starts one; tests make their
     * own with a clock they move and call tick().
     */
    worker: (options: Omit<JobRunnerOptions, 'db' | 'handlers' | 'schedules'> = {}) =>
      createJobRunner({
        db,
        log: deps.log,
        ...notificationJobs(db, notifications, followUpsDueFrom(db)),
        ...options,
      }),
    coaching: createCoachingService({ db, activeCycles: activeCyclesFrom(db) }),
    walks: createWalksService({
      db,
      schoolLookFor: schoolLookForFrom(db),
      notifyWalkClosed: walkClosedNotifier(notifications.notify, 'walk.closed'),
    }),
    cycles: createCyclesService({ db, planReader: planReaderFrom(db) }),
  };
}
export type ApiServices = ReturnType<typeof createServices>;

/** /api/v1: every route here is private unless it opts out, and goes through one auth hook. */
export const apiRoutes: FastifyPluginAsyncZod<{ services: ApiServices; publicOrigin: string }> = async (
  app,
  { services, publicOrigin },
) => {
  registerAuth(
    app,
    { fromSession: services.identity.actorFromSession, fromAccessToken: services.identity.actorFromAccessToken },
    publicOrigin,
  );
  await app.register(identityRoutes, { identity: services.identity });
  await app.register(organizationsRoutes, services);
  await app.register(classesRoutes, services);
  await app.register(auditRoutes, services);
  await app.register(insightsRoutes, services);
  await app.register(planningRoutes, services);
  await app.register(reflectionsRoutes, services);
  await app.register(libraryRoutes, services);
  await app.register(frameworksRoutes, services);
  await app.register(observationsRoutes, services);
  await app.register(notificationsRoutes, services);
  await app.register(coachingRoutes, services);
  await app.register(walksRoutes, services);
  await app.register(cyclesRoutes, services);
};
