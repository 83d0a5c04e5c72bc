import type { FastifyBaseLogger } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../config';
import type { Db } from '../db/client';
import { registerAuth } from '../platform/http/auth.plugin';
import { createJobRunner, type JobHandler, type JobRunnerOptions, type Schedule } from '../platform/jobs';
import type { MailTransport } from '../platform/mail';
import { createStorage } from '../platform/storage';
import { assessmentFactsFrom, assessmentsRoutes, createAssessmentsService } from './assessments';
import { auditRoutes, createAuditService } from './audit';
import { classesRoutes, createClassesService, teachingFrom, teachingOfPeopleFrom } from './classes';
import {
  artefactSnapshots,
  communitiesRoutes,
  communityCandidatesFrom,
  communityJobs,
  createCommunitiesService,
} from './communities';
import { createCredentialsService, credentialFactsFrom, credentialsRoutes, ownedSnapshot } from './credentials';
import { activeCyclesFrom, createCyclesService, cyclesRoutes } from './cycles';
import {
  createFrameworksService,
  focusCardsFrom,
  focusPracticesFrom,
  frameworksRoutes,
  knownTagsFrom,
  practiceTermsFrom,
  practiceTitleFrom,
  schoolLookForFrom,
} from './frameworks';
import { createIdentityService, identityRoutes } from './identity';
import {
  createDashboardViews,
  createImpactService,
  createRefresh,
  type ImpactReaders,
  impactJobs,
  impactRoutes,
  initiativeExistsFrom,
  targetPracticesFrom,
} from './impact';
import { createInquiryService, inquiryJobs, inquiryRoutes, inquirySummaryFrom } from './inquiry';
import { createInsightsService, insightsRoutes } from './insights';
import { cardCatalogFrom, createLibraryService, libraryRoutes, reactionFactsFrom } from './library';
import {
  artefactReaderFrom,
  createMeetingsService,
  meetingsRoutes,
  meetingTeamFrom,
  minutesFactsFrom,
  planArtefactReader,
} from './meetings';
import { createNotificationsService, notificationJobs, notificationsRoutes } from './notifications';
import {
  coachingRoutes,
  createCoachingService,
  createObservationsService,
  followUpFactsFrom,
  followUpsDueFrom,
  observationsRoutes,
  observedVisitSnapshotFrom,
  observerOfPlanFrom,
  openActionStepsFrom,
} from './observations';
import {
  createPeopleService,
  createSchoolsService,
  createTeamsService,
  districtsWithPeopleFrom,
  evaluativeTurnedOnFrom,
  groupNamesFrom,
  impactPeopleFrom,
  organizationsRoutes,
  peopleInRolesFrom,
  peopleSchoolsFrom,
  teamsOfFrom,
} from './organizations';
import { createPathwaysService, pathwayCandidatesFrom, pathwaysRoutes } from './pathways';
import { createPeerDistrictsService, peerDistrictsJobs, peerDistrictsRoutes } from './peer-districts';
import { createPeerLearningService, peerCandidatesFrom, peerLearningRoutes } from './peer-learning';
import {
  createPlanningService,
  ownPlansFrom,
  planningRoutes,
  planPracticeFactsFrom,
  planReaderFrom,
  planSnapshotFrom,
  recentPlanInsightsFrom,
} from './planning';
import {
  createRecommendationsService,
  recommendationJobs,
  recommendationsRoutes,
  triedFactsFrom,
} from './recommendations';
import {
  carryForwardFrom,
  createReflectionsService,
  recentReflectionsFrom,
  reflectionDepthFactsFrom,
  reflectionSnapshotFrom,
  reflectionsRoutes,
} from './reflections';
import { cplIndicatorsFrom, createSelfAssessmentService, selfAssessmentRoutes } from './self-assessment';
import {
  createCommentsService,
  createStudentWorkService,
  createUnitsService,
  studentWorkArtefactReaderFrom,
  studentWorkReaderFrom,
  unitArtefactReaderFrom,
  unitsRoutes,
} from './units';
import { createWalksService, walkClosedNotifier, walksRoutes } from './walks';

/** Several modules' background work for one runner: their handlers and schedules side by side. */
function mergeJobs(...parts: { handlers: Record<string, JobHandler>; schedules: Schedule[] }[]) {
  return {
    handlers: Object.assign({}, ...parts.map((part) => part.handlers)) as Record<string, JobHandler>,
    schedules: parts.flatMap((part) => part.schedules),
  };
}

/** Units, comments and student work: team content built on planning's plans and the storage adapter. */
function unitsServices(
  db: Db,
  planning: ReturnType<typeof createPlanningService>,
  notify: ReturnType<typeof createNotificationsService>['notify'],
  storage: ReturnType<typeof createStorage>,
) {
  const units = createUnitsService({ db, createPlan: planning.create });
  return {
    units,
    comments: createCommentsService({
      db,
      units,
      readablePlan: planning.readablePlan,
      planReader: planReaderFrom(db),
      notify,
    }),
    studentWork: createStudentWorkService({ db, storage, meetingTeam: meetingTeamFrom() }),
  };
}

/** What a thread may share: the owner's plan, reflection or inquiry summary, each read by its own module. */
function communitySnapshots(db: Db) {
  const inquirySummary = inquirySummaryFrom(db);
  return artefactSnapshots({
    plan: planSnapshotFrom(),
    reflection: reflectionSnapshotFrom(),
    inquiry: (tx, actor, _type, id) => inquirySummary(tx, actor, id),
  });
}

/** Impact's rollups read each source through the module that owns it. */
function impactParts(db: Db) {
  const readers: ImpactReaders = {
    reactions: reactionFactsFrom(db),
    reflections: reflectionDepthFactsFrom(db),
    observations: followUpFactsFrom(db),
    meetings: minutesFactsFrom(db),
    plans: planPracticeFactsFrom(db, practiceTermsFrom(db), targetPracticesFrom(db)),
    'tried-it': triedFactsFrom(db),
    credentials: credentialFactsFrom(db),
    assessments: assessmentFactsFrom(db),
  };
  const groupNames = groupNamesFrom(db);
  const views = createDashboardViews(db, groupNames);
  const refresh = createRefresh(db, readers, impactPeopleFrom(db), views, districtsWithPeopleFrom(db));
  const service = createImpactService({
    db,
    knownTags: knownTagsFrom(db),
    groupNames,
    views,
    teamsOf: teamsOfFrom(db),
    practiceTitle: practiceTitleFrom(db),
    wiredSources: Object.keys(readers) as (keyof ImpactReaders)[],
  });
  return { refresh, service };
}

/** Recommendations read each signal through the module that owns it. */
function recommendationsService(db: Db, focusPractices: ReturnType<typeof focusPracticesFrom>) {
  return createRecommendationsService({
    db,
    cards: cardCatalogFrom(db),
    focusCards: focusCardsFrom(db),
    teaching: teachingFrom(db),
    planInsights: recentPlanInsightsFrom(db, focusPractices),
    reflections: recentReflectionsFrom(db),
    actionSteps: openActionStepsFrom(db),
    ownPlans: ownPlansFrom(db),
    pathways: pathwayCandidatesFrom(db),
    communities: communityCandidatesFrom(db),
    peers: peerCandidatesFrom(db, teachingOfPeopleFrom(db)),
  });
}

/** Micro-credentials: evidence is the teacher's own work, each kind read by its own module. */
function credentialsService(db: Db, config: Config, notify: ReturnType<typeof createNotificationsService>['notify']) {
  const studentWork = studentWorkReaderFrom(db);
  return createCredentialsService({
    db,
    notify,
    practiceTitle: practiceTitleFrom(db),
    sessionSecret: config.sessionSecret,
    previousSessionSecret: config.previousSessionSecret ?? null,
    publicUrl: config.publicUrl,
    evidence: {
      plan: ownedSnapshot(planSnapshotFrom(), 'plan'),
      reflection: ownedSnapshot(reflectionSnapshotFrom(), 'reflection'),
      observation: observedVisitSnapshotFrom(),
      'student-work': async (tx, actor, id) => {
        const sample = await studentWork(actor.organizationId, actor.userId, id, tx);
        return sample && { ...sample, summary: '' };
      },
    },
  });
}

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
  const impact = impactParts(db);
  const recommendations = recommendationsService(db, focusPractices);
  const peerDistricts = createPeerDistrictsService({ db, indicators: cplIndicatorsFrom(db), log: deps.log });
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
        ...mergeJobs(
          notificationJobs(db, notifications, followUpsDueFrom(db)),
          inquiryJobs(db, notifications),
          communityJobs(db, notifications, config.publicUrl),
          impactJobs(db, impact.refresh),
          peerDistrictsJobs(peerDistricts),
          recommendationJobs(db, peopleInRolesFrom(db), recommendations, notifications),
        ),
        ...options,
      }),
    coaching: createCoachingService({ db, activeCycles: activeCyclesFrom(db) }),
    walks: createWalksService({
      db,
      schoolLookFor: schoolLookForFrom(db),
      notifyWalkClosed: walkClosedNotifier(notifications.notify, 'walk.closed'),
    }),
    cycles: createCyclesService({ db, planReader: planReaderFrom(db) }),
    assessments: createAssessmentsService({ db }),
    meetings: createMeetingsService({
      db,
      notify: notifications.notify,
      publicUrl: config.publicUrl,
      artefactReader: artefactReaderFrom({
        plan: planArtefactReader(planReaderFrom(db)),
        unit: (tx, actor, _type, id) => unitArtefactReaderFrom(db)(tx, actor, id),
        'student-work': (tx, actor, _type, id) => studentWorkArtefactReaderFrom(db)(tx, actor, id),
      }),
    }),
    ...unitsServices(db, planning, notifications.notify, createStorage(config.storage, config.dataDir)),
    communities: createCommunitiesService({
      db,
      notify: notifications.notify,
      artefactSnapshot: communitySnapshots(db),
    }),
    recommendations,
    inquiry: createInquiryService({
      db,
      planReader: planReaderFrom(db),
      knownTags: knownTagsFrom(db),
      studentWork: studentWorkReaderFrom(db),
    }),
    credentials: credentialsService(db, config, notifications.notify),
    impact: impact.service,
    impactRefresh: impact.refresh,
    pathways: createPathwaysService({
      db,
      cards: cardCatalogFrom(db),
      initiativeExists: initiativeExistsFrom(db),
      ownPlans: ownPlansFrom(db),
      peopleSchools: peopleSchoolsFrom(db),
    }),
    peerDistricts,
    peerLearning: createPeerLearningService({ db, notify: notifications.notify }),
    selfAssessment: createSelfAssessmentService({ db, indicators: cplIndicatorsFrom(db) }),
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
  await app.register(assessmentsRoutes, services);
  await app.register(cyclesRoutes, services);
  await app.register(meetingsRoutes, services);
  await app.register(unitsRoutes, services);
  await app.register(inquiryRoutes, services);
  await app.register(communitiesRoutes, services);
  await app.register(credentialsRoutes, services);
  await app.register(recommendationsRoutes, services);
  await app.register(impactRoutes, services);
  await app.register(pathwaysRoutes, services);
  await app.register(peerDistrictsRoutes, services);
  await app.register(peerLearningRoutes, services);
  await app.register(selfAssessmentRoutes, services);
};
