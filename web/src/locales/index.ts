import enAssessments from './en/assessments.json';
import enAudit from './en/audit.json';
import enAuth from './en/auth.json';
import enClasses from './en/classes.json';
import enCommon from './en/common.json';
import enCommunities from './en/communities.json';
import enCredentials from './en/credentials.json';
import enCycles from './en/cycles.json';
import enFrameworks from './en/frameworks.json';
import enHome from './en/home.json';
import enImpact from './en/impact.json';
import enInquiry from './en/inquiry.json';
import enLibrary from './en/library.json';
import enMeetings from './en/meetings.json';
import enNotifications from './en/notifications.json';
import enObservations from './en/observations.json';
import enOutbox from './en/outbox.json';
import enPathways from './en/pathways.json';
import enPeerDistricts from './en/peer-districts.json';
import enPeerLearning from './en/peer-learning.json';
import enPeople from './en/people.json';
import enPlanner from './en/planner.json';
import enRecommendations from './en/recommendations.json';
import enReflections from './en/reflections.json';
import enSchools from './en/schools.json';
import enSelfAssessment from './en/self-assessment.json';
import enSettings from './en/settings.json';
import enTeams from './en/teams.json';
import enUnits from './en/units.json';
import enWalks from './en/walks.json';
import esAssessments from './es/assessments.json';
import esAudit from './es/audit.json';
import esAuth from './es/auth.json';
import esClasses from './es/classes.json';
import esCommon from './es/common.json';
import esCommunities from './es/communities.json';
import esCredentials from './es/credentials.json';
import esCycles from './es/cycles.json';
import esFrameworks from './es/frameworks.json';
import esHome from './es/home.json';
import esImpact from './es/impact.json';
import esInquiry from './es/inquiry.json';
import esLibrary from './es/library.json';
import esMeetings from './es/meetings.json';
import esNotifications from './es/notifications.json';
import esObservations from './es/observations.json';
import esOutbox from './es/outbox.json';
import esPathways from './es/pathways.json';
import esPeerDistricts from './es/peer-districts.json';
import esPeerLearning from './es/peer-learning.json';
import esPeople from './es/people.json';
import esPlanner from './es/planner.json';
import esRecommendations from './es/recommendations.json';
import esReflections from './es/reflections.json';
import esSchools from './es/schools.json';
import esSelfAssessment from './es/self-assessment.json';
import esSettings from './es/settings.json';
import esTeams from './es/teams.json';
import esUnits from './es/units.json';
import esWalks from './es/walks.json';

/** One namespace per area of the app; keep this list and the files in en/ and es/ in step. */
export const NAMESPACES = [
  'common',
  'auth',
  'home',
  'classes',
  'people',
  'schools',
  'teams',
  'audit',
  'outbox',
  'notifications',
  'settings',
  'planner',
  'frameworks',
  'library',
  'reflections',
  'observations',
  'walks',
  'cycles',
  'communities',
  'inquiry',
  'meetings',
  'units',
  'recommendations',
  'credentials',
  'assessments',
  'impact',
  'pathways',
  'peer-districts',
  'peer-learning',
  'self-assessment',
] as const;

export const resources = {
  en: {
    common: enCommon,
    auth: enAuth,
    home: enHome,
    classes: enClasses,
    people: enPeople,
    schools: enSchools,
    teams: enTeams,
    audit: enAudit,
    outbox: enOutbox,
    notifications: enNotifications,
    settings: enSettings,
    planner: enPlanner,
    frameworks: enFrameworks,
    library: enLibrary,
    reflections: enReflections,
    observations: enObservations,
    walks: enWalks,
    cycles: enCycles,
    communities: enCommunities,
    inquiry: enInquiry,
    meetings: enMeetings,
    units: enUnits,
    recommendations: enRecommendations,
    credentials: enCredentials,
    assessments: enAssessments,
    impact: enImpact,
    pathways: enPathways,
    'peer-districts': enPeerDistricts,
    'peer-learning': enPeerLearning,
    'self-assessment': enSelfAssessment,
  },
  es: {
    common: esCommon,
    auth: esAuth,
    home: esHome,
    classes: esClasses,
    people: esPeople,
    schools: esSchools,
    teams: esTeams,
    audit: esAudit,
    outbox: esOutbox,
    notifications: esNotifications,
    settings: esSettings,
    planner: esPlanner,
    frameworks: esFrameworks,
    library: esLibrary,
    reflections: esReflections,
    observations: esObservations,
    walks: esWalks,
    cycles: esCycles,
    communities: esCommunities,
    inquiry: esInquiry,
    meetings: esMeetings,
    units: esUnits,
    recommendations: esRecommendations,
    credentials: esCredentials,
    assessments: esAssessments,
    impact: esImpact,
    pathways: esPathways,
    'peer-districts': esPeerDistricts,
    'peer-learning': esPeerLearning,
    'self-assessment': esSelfAssessment,
  },
} as const;
