import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES } from '#core/domain/roles';
import { PageHeader } from '../../components/PageHeader';
import { CountrySetting } from '../../features/district-settings/CountrySetting';
import { EvaluativeSetting } from '../../features/district-settings/EvaluativeSetting';
import { rolesOf } from '../../features/identity/roles';
import { useMe } from '../../features/identity/useMe';
import { PulsePrompt } from '../../features/impact/PulsePrompt';
import { ActionItemsCard } from '../../features/meetings/ActionItemsCard';
import { PeerDistrictsLink } from '../../features/peer-districts/PeerDistrictsLink';
import { PeersCard } from '../../features/peer-learning/PeersCard';
import { ThisWeekCard } from '../../features/recommendations/ThisWeekCard';
import { LeaderSchoolsMetrics } from '../../features/school-metrics/LeaderSchoolsMetrics';
import { AdminHome } from './AdminHome';
import { CoachHome } from './CoachHome';
import { FacilitatorHome } from './FacilitatorHome';
import { LeaderHome } from './LeaderHome';
import { TeacherHome } from './TeacherHome';

const SECTIONS = {
  teacher: TeacherHome,
  coach: CoachHome,
  school_leader: LeaderHome,
  district_admin: AdminHome,
  facilitator: FacilitatorHome,
} as const;

/** Cards that follow a role's section. */
const EXTRAS: Partial<Record<keyof typeof SECTIONS, () => ReactNode>> = {
  school_leader: LeaderSchoolsMetrics,
  district_admin: () => (
    <>
      <EvaluativeSetting />
      <CountrySetting />
      <PeerDistrictsLink />
    </>
  ),
};

/** One section per role the person holds, in a fixed order, so people with several roles see them all. */
export function HomePage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const held = rolesOf(me);
  const roles = ROLES.filter((role) => held.includes(role));

  return (
    <>
      <PageHeader title={t('home:welcome', { name: me?.name ?? '' })} description={t('home:intro')} />
      {roles.length === 0 ? (
        <p>{t('home:noRoles')}</p>
      ) : (
        <div className="stack">
          {/* First, once for teachers and coaches: strategy cards picked from their own work (issue 6). */}
          {(held.includes('teacher') || held.includes('coach')) && <ThisWeekCard />}
          {/* Colleagues who offered to be learned from, on the same needs (issue 6, adr/0009); nothing when none. */}
          {(held.includes('teacher') || held.includes('coach')) && <PeersCard />}
          {/* An open pulse survey of an initiative that includes them (issue 6); nothing when none. */}
          <PulsePrompt />
          {roles.map((role) => {
            const Section = SECTIONS[role];
            const Extra = EXTRAS[role];
            return (
              <Fragment key={role}>
                <Section />
                {Extra ? <Extra /> : null}
              </Fragment>
            );
          })}
          {/* Once, whichever of the two roles: commitments from team meetings (issue 5). */}
          {(held.includes('teacher') || held.includes('coach')) && <ActionItemsCard />}
        </div>
      )}
    </>
  );
}
