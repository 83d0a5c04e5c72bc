import type { RouteObject } from 'react-router-dom';
import { Spinner } from '../components/Spinner';
import { HomePage } from '../routes/home/HomePage';
import { MyClassesPage } from '../routes/my-classes/MyClassesPage';
import { NotFoundPage } from '../routes/not-found/NotFoundPage';
import { SignInPage } from '../routes/sign-in/SignInPage';
import { AppLayout } from './AppLayout';
import { PublicLayout } from './PublicLayout';
import { RequireRole } from './RequireRole';
import { RouteError } from './RouteError';

/*
 * Screens most people open every day load with the app; the rest (admin, settings, one-off
 * links from emails) are split into their own chunks to keep the first download small.
 */
export const routes: RouteObject[] = [
  {
    errorElement: <RouteError />,
    hydrateFallbackElement: <Spinner />,
    children: [
      {
        element: <PublicLayout />,
        children: [
          { path: 'sign-in', element: <SignInPage /> },
          {
            path: 'forgot-password',
            lazy: () =>
              import('../routes/forgot-password/ForgotPasswordPage').then((m) => ({ Component: m.ForgotPasswordPage })),
          },
          {
            path: 'reset-password',
            lazy: () =>
              import('../routes/reset-password/ResetPasswordPage').then((m) => ({ Component: m.ResetPasswordPage })),
          },
          {
            path: 'accept-invite',
            lazy: () =>
              import('../routes/accept-invite/AcceptInvitePage').then((m) => ({ Component: m.AcceptInvitePage })),
          },
          // Public, no sign-in: anyone with a badge's link checks it (the id is a random uuid).
          {
            path: 'credentials/:id/verify',
            lazy: () => import('../routes/credentials/VerifyPage').then((m) => ({ Component: m.VerifyPage })),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
      {
        element: <AppLayout />,
        children: [
          {
            errorElement: <RouteError />,
            children: [
              { index: true, element: <HomePage /> },
              { path: 'my-classes', element: <MyClassesPage /> },
              {
                element: <RequireRole roles={['teacher', 'coach']} />,
                children: [
                  {
                    path: 'planner',
                    lazy: () =>
                      import('../routes/planner/PlannerWeekPage').then((m) => ({ Component: m.PlannerWeekPage })),
                  },
                ],
              },
              {
                path: 'frameworks',
                lazy: () =>
                  import('../routes/frameworks/FrameworksPage').then((m) => ({ Component: m.FrameworksPage })),
              },
              {
                path: 'frameworks/:id',
                lazy: () => import('../routes/frameworks/FrameworkPage').then((m) => ({ Component: m.FrameworkPage })),
              },
              {
                element: <RequireRole roles={['teacher', 'coach']} />,
                children: [
                  {
                    path: 'growth-focus',
                    lazy: () =>
                      import('../routes/growth-focus/GrowthFocusPage').then((m) => ({ Component: m.GrowthFocusPage })),
                  },
                ],
              },
              {
                // Teachers too: their peer visits (the caseload and the list show only the caller's own).
                element: <RequireRole roles={['coach', 'school_leader', 'teacher']} />,
                children: [
                  {
                    path: 'coaching',
                    lazy: () => import('../routes/coaching/CaseloadPage').then((m) => ({ Component: m.CaseloadPage })),
                  },
                  {
                    path: 'observations',
                    lazy: () =>
                      import('../routes/observations/ObservationsPage').then((m) => ({
                        Component: m.ObservationsPage,
                      })),
                  },
                  {
                    path: 'observations/new',
                    lazy: () =>
                      import('../routes/observations/ScheduleObservationPage').then((m) => ({
                        Component: m.ScheduleObservationPage,
                      })),
                  },
                ],
              },
              {
                element: <RequireRole roles={['teacher']} />,
                children: [
                  {
                    path: 'my-feedback',
                    lazy: () =>
                      import('../routes/observations/MyFeedbackPage').then((m) => ({ Component: m.MyFeedbackPage })),
                  },
                ],
              },
              // Open to any role: only a visit's observer and its teacher can read it (404 otherwise).
              {
                path: 'observations/:id',
                lazy: () =>
                  import('../routes/observations/ObservationPage').then((m) => ({ Component: m.ObservationPage })),
              },
              {
                path: 'observations/:id/capture',
                lazy: () => import('../routes/observations/CapturePage').then((m) => ({ Component: m.CapturePage })),
              },
              // Level 5 evidence: class-level assessment results, imported by district admins and school leaders.
              {
                element: <RequireRole roles={['district_admin', 'school_leader']} />,
                children: [
                  {
                    path: 'assessments',
                    lazy: () =>
                      import('../routes/assessments/AssessmentsPage').then((m) => ({ Component: m.AssessmentsPage })),
                  },
                ],
              },
              // Initiatives (issue 6): district admins author them; admins and school leaders read dashboards.
              {
                element: <RequireRole roles={['district_admin', 'school_leader']} />,
                children: [
                  {
                    path: 'initiatives',
                    lazy: () =>
                      import('../features/impact/InitiativesPage').then((m) => ({ Component: m.InitiativesPage })),
                  },
                  // Districts like yours (issue 6): admins set the context and opt-in; admins and leaders compare.
                  {
                    path: 'districts-like-yours',
                    lazy: () =>
                      import('../routes/districts-like-yours/DistrictsLikeYoursPage').then((m) => ({
                        Component: m.DistrictsLikeYoursPage,
                      })),
                  },
                  {
                    path: 'initiatives/:id',
                    lazy: () =>
                      import('../features/impact/DashboardPage').then((m) => ({ Component: m.DashboardPage })),
                  },
                  // Self-assessment (issue 6): district admins answer it; admins and school leaders read it.
                  {
                    path: 'self-assessment',
                    lazy: () =>
                      import('../routes/self-assessment/SelfAssessmentPage').then((m) => ({
                        Component: m.SelfAssessmentPage,
                      })),
                  },
                  {
                    path: 'self-assessment/:schoolYear/results',
                    lazy: () =>
                      import('../routes/self-assessment/ResultsPage').then((m) => ({ Component: m.ResultsPage })),
                  },
                ],
              },
              {
                element: <RequireRole roles={['district_admin']} />,
                children: [
                  {
                    path: 'initiatives/new',
                    lazy: () =>
                      import('../features/impact/InitiativeFormPage').then((m) => ({
                        Component: m.InitiativeFormPage,
                      })),
                  },
                ],
              },
              // Learning walks: the server decides which walks each role sees; only walkers start one.
              {
                path: 'walks',
                lazy: () => import('../routes/walks/WalksPage').then((m) => ({ Component: m.WalksPage })),
              },
              {
                element: <RequireRole roles={['school_leader', 'coach']} />,
                children: [
                  {
                    path: 'walks/new',
                    lazy: () => import('../routes/walks/StartWalkPage').then((m) => ({ Component: m.StartWalkPage })),
                  },
                ],
              },
              {
                path: 'walks/:id',
                lazy: () => import('../routes/walks/WalkPage').then((m) => ({ Component: m.WalkPage })),
              },
              {
                path: 'walks/:id/report',
                lazy: () => import('../routes/walks/WalkReportPage').then((m) => ({ Component: m.WalkReportPage })),
              },
              {
                element: <RequireRole roles={['teacher', 'coach', 'school_leader']} />,
                children: [
                  {
                    path: 'cycles',
                    lazy: () => import('../routes/cycles/CyclesPage').then((m) => ({ Component: m.CyclesPage })),
                  },
                ],
              },
              {
                element: <RequireRole roles={['coach', 'school_leader']} />,
                children: [
                  {
                    path: 'cycles/new',
                    lazy: () => import('../routes/cycles/NewCyclePage').then((m) => ({ Component: m.NewCyclePage })),
                  },
                ],
              },
              {
                element: <RequireRole roles={['teacher', 'coach']} />,
                children: [
                  {
                    path: 'inquiry',
                    lazy: () => import('../routes/inquiry/InquiriesPage').then((m) => ({ Component: m.InquiriesPage })),
                  },
                  {
                    path: 'inquiry/new',
                    lazy: () =>
                      import('../routes/inquiry/NewInquiryPage').then((m) => ({ Component: m.NewInquiryPage })),
                  },
                ],
              },
              // Open to any role: only the inquiry's owner (and team) get it from the server (404 otherwise).
              {
                path: 'inquiry/:id',
                lazy: () => import('../routes/inquiry/InquiryPage').then((m) => ({ Component: m.InquiryPage })),
              },
              // Micro-credentials: any member reads the catalogue; the server decides who sees each submission.
              {
                path: 'credentials',
                lazy: () =>
                  import('../routes/credentials/CredentialsPage').then((m) => ({ Component: m.CredentialsPage })),
              },
              {
                path: 'credentials/reviews',
                lazy: () => import('../routes/credentials/ReviewsPage').then((m) => ({ Component: m.ReviewsPage })),
              },
              {
                path: 'credentials/submissions/:id',
                lazy: () =>
                  import('../routes/credentials/SubmissionPage').then((m) => ({ Component: m.SubmissionPage })),
              },
              // Authoring: district admins and coaches; revoking issued badges: district admins.
              {
                element: <RequireRole roles={['district_admin', 'coach']} />,
                children: [
                  {
                    path: 'credentials/new',
                    lazy: () =>
                      import('../routes/credentials/AuthorPage').then((m) => ({ Component: m.NewCredentialPage })),
                  },
                  {
                    path: 'credentials/:id/edit',
                    lazy: () =>
                      import('../routes/credentials/AuthorPage').then((m) => ({ Component: m.EditCredentialPage })),
                  },
                ],
              },
              {
                element: <RequireRole roles={['district_admin']} />,
                children: [
                  {
                    path: 'credentials/issued',
                    lazy: () => import('../routes/credentials/IssuedPage').then((m) => ({ Component: m.IssuedPage })),
                  },
                ],
              },
              // Pathways: members read published ones; authors (admins, coaches, leaders) write them.
              {
                path: 'pathways',
                lazy: () => import('../routes/pathways/PathwaysPage').then((m) => ({ Component: m.PathwaysPage })),
              },
              {
                element: <RequireRole roles={['district_admin', 'coach', 'school_leader']} />,
                children: [
                  {
                    path: 'pathways/new',
                    lazy: () => import('../routes/pathways/AuthorPage').then((m) => ({ Component: m.NewPathwayPage })),
                  },
                  {
                    path: 'pathways/:id/edit',
                    lazy: () => import('../routes/pathways/AuthorPage').then((m) => ({ Component: m.EditPathwayPage })),
                  },
                ],
              },
              {
                path: 'pathways/:id',
                lazy: () => import('../routes/pathways/PathwayPage').then((m) => ({ Component: m.PathwayPage })),
              },
              // Units and student work belong to teams: the server shows each only to its team's members.
              {
                path: 'units',
                lazy: () => import('../routes/units/UnitsPage').then((m) => ({ Component: m.UnitsPage })),
              },
              {
                path: 'units/:id',
                lazy: () => import('../routes/units/UnitPage').then((m) => ({ Component: m.UnitPage })),
              },
              {
                path: 'student-work/:id',
                lazy: () => import('../routes/units/StudentWorkPage').then((m) => ({ Component: m.StudentWorkPage })),
              },
              // Open to any role: membership is the server's decision (404 for another district, 403 for non-members).
              {
                path: 'communities',
                lazy: () =>
                  import('../routes/communities/CommunitiesPage').then((m) => ({ Component: m.CommunitiesPage })),
              },
              {
                path: 'communities/threads/:id',
                lazy: () => import('../routes/communities/ThreadPage').then((m) => ({ Component: m.ThreadPage })),
              },
              {
                path: 'communities/:id',
                lazy: () => import('../routes/communities/CommunityPage').then((m) => ({ Component: m.CommunityPage })),
              },
              // Open to any role: only the cycle's coach and teacher get it from the server (404 otherwise).
              {
                path: 'cycles/:id',
                lazy: () => import('../routes/cycles/CyclePage').then((m) => ({ Component: m.CyclePage })),
              },
              // Open to any role: whether a plan may be read is the server's decision (404 otherwise).
              {
                path: 'planner/plans/:id',
                lazy: () => import('../routes/planner/PlanPage').then((m) => ({ Component: m.PlanPage })),
              },
              {
                path: 'planner/plans/:id/versions',
                lazy: () =>
                  import('../routes/planner/PlanVersionsPage').then((m) => ({ Component: m.PlanVersionsPage })),
              },
              {
                path: 'planner/plans/:id/print',
                lazy: () => import('../routes/planner/PlanPrintPage').then((m) => ({ Component: m.PlanPrintPage })),
              },
              {
                path: 'library',
                lazy: () => import('../routes/library/LibraryPage').then((m) => ({ Component: m.LibraryPage })),
              },
              {
                path: 'library/:id',
                lazy: () => import('../routes/library/ResourcePage').then((m) => ({ Component: m.ResourcePage })),
              },
              {
                path: 'settings',
                lazy: () => import('../routes/settings/SettingsPage').then((m) => ({ Component: m.SettingsPage })),
              },
              // Open to any role: a request is only ever shown to its two people (the server's decision).
              {
                path: 'peer-requests',
                lazy: () =>
                  import('../routes/peer-requests/PeerRequestsPage').then((m) => ({ Component: m.PeerRequestsPage })),
              },
              {
                path: 'notifications',
                lazy: () =>
                  import('../routes/notifications/NotificationsPage').then((m) => ({
                    Component: m.NotificationsPage,
                  })),
              },
              {
                element: <RequireRole roles={['coach', 'school_leader', 'district_admin']} />,
                children: [
                  {
                    path: 'people',
                    lazy: () => import('../routes/people/PeoplePage').then((m) => ({ Component: m.PeoplePage })),
                  },
                  {
                    path: 'people/:id',
                    lazy: () => import('../routes/people/PersonPage').then((m) => ({ Component: m.PersonPage })),
                  },
                ],
              },
              // Open to any role: the server lists only the teams someone belongs to (or oversees), 404 otherwise.
              {
                path: 'teams',
                lazy: () => import('../routes/teams/TeamsPage').then((m) => ({ Component: m.TeamsPage })),
              },
              {
                path: 'teams/:id',
                lazy: () => import('../routes/teams/TeamPage').then((m) => ({ Component: m.TeamPage })),
              },
              {
                path: 'teams/:id/meetings/new',
                lazy: () =>
                  import('../routes/meetings/ScheduleMeetingPage').then((m) => ({ Component: m.ScheduleMeetingPage })),
              },
              {
                path: 'meetings/:id',
                lazy: () => import('../routes/meetings/MeetingPage').then((m) => ({ Component: m.MeetingPage })),
              },
              {
                element: <RequireRole roles={['district_admin']} />,
                children: [
                  {
                    path: 'schools',
                    lazy: () => import('../routes/schools/SchoolsPage').then((m) => ({ Component: m.SchoolsPage })),
                  },
                  {
                    path: 'classes',
                    lazy: () => import('../routes/classes/ClassesPage').then((m) => ({ Component: m.ClassesPage })),
                  },
                  {
                    path: 'audit-log',
                    lazy: () => import('../routes/audit-log/AuditLogPage').then((m) => ({ Component: m.AuditLogPage })),
                  },
                  {
                    path: 'outbox',
                    lazy: () => import('../routes/outbox/OutboxPage').then((m) => ({ Component: m.OutboxPage })),
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
];
