import type { Role } from '#core/domain/roles';

export type NavKey =
  | 'home'
  | 'planner'
  | 'growthFocus'
  | 'feedback'
  | 'inquiry'
  | 'credentials'
  | 'pathways'
  | 'selfAssessment'
  | 'units'
  | 'coaching'
  | 'walks'
  | 'initiatives'
  | 'assessments'
  | 'communities'
  | 'myClasses'
  | 'library'
  | 'frameworks'
  | 'schools'
  | 'people'
  | 'teams'
  | 'classes'
  | 'audit'
  | 'outbox';

export interface NavItem {
  key: NavKey;
  to: string;
  /** i18n key in the common namespace. */
  label: `nav.${NavKey}`;
}

/** Canonical order: whatever mix of roles someone holds, the menu reads the same way. */
const ITEMS: readonly NavItem[] = [
  { key: 'home', to: '/', label: 'nav.home' },
  { key: 'planner', to: '/planner', label: 'nav.planner' },
  { key: 'myClasses', to: '/my-classes', label: 'nav.myClasses' },
  { key: 'growthFocus', to: '/growth-focus', label: 'nav.growthFocus' },
  { key: 'feedback', to: '/my-feedback', label: 'nav.feedback' },
  { key: 'inquiry', to: '/inquiry', label: 'nav.inquiry' },
  { key: 'credentials', to: '/credentials', label: 'nav.credentials' },
  { key: 'pathways', to: '/pathways', label: 'nav.pathways' },
  { key: 'units', to: '/units', label: 'nav.units' },
  { key: 'coaching', to: '/coaching', label: 'nav.coaching' },
  { key: 'walks', to: '/walks', label: 'nav.walks' },
  { key: 'initiatives', to: '/initiatives', label: 'nav.initiatives' },
  { key: 'assessments', to: '/assessments', label: 'nav.assessments' },
  { key: 'selfAssessment', to: '/self-assessment', label: 'nav.selfAssessment' },
  { key: 'communities', to: '/communities', label: 'nav.communities' },
  { key: 'library', to: '/library', label: 'nav.library' },
  { key: 'frameworks', to: '/frameworks', label: 'nav.frameworks' },
  { key: 'schools', to: '/schools', label: 'nav.schools' },
  { key: 'people', to: '/people', label: 'nav.people' },
  { key: 'teams', to: '/teams', label: 'nav.teams' },
  { key: 'classes', to: '/classes', label: 'nav.classes' },
  { key: 'audit', to: '/audit-log', label: 'nav.audit' },
  { key: 'outbox', to: '/outbox', label: 'nav.outbox' },
];

const BY_ROLE: Record<Role, readonly NavKey[]> = {
  // Teachers and coaches see the teams they belong to (meetings, protocols: issue 5).
  teacher: [
    'home',
    'planner',
    'myClasses',
    'growthFocus',
    'feedback',
    'inquiry',
    'credentials',
    'pathways',
    'units',
    'teams',
  ],
  coach: ['home', 'planner', 'people', 'myClasses', 'credentials', 'pathways', 'units', 'coaching', 'walks', 'teams'],
  school_leader: [
    'home',
    'people',
    'teams',
    'coaching',
    'walks',
    'initiatives',
    'credentials',
    'pathways',
    'assessments',
    'selfAssessment',
  ],
  district_admin: [
    'home',
    'frameworks',
    'schools',
    'people',
    'teams',
    'classes',
    'audit',
    'outbox',
    'walks',
    'initiatives',
    'credentials',
    'pathways',
    'assessments',
    'selfAssessment',
  ],
  facilitator: ['home'],
};

/** Everyone signed in reaches these, whatever their roles (communities: any district's people may join one). */
const EVERYONE: readonly NavKey[] = ['home', 'communities', 'library'];

/** The union of what each held role may reach; Home and the library are always there. */
export function navFor(roles: readonly Role[]): NavItem[] {
  const keys = new Set<NavKey>(EVERYONE);
  for (const role of roles) for (const key of BY_ROLE[role] ?? []) keys.add(key);
  return ITEMS.filter((item) => keys.has(item.key));
}
