import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { Spinner } from '../../components/Spinner';
import { hasRole } from '../../features/identity/roles';
import { useMe } from '../../features/identity/useMe';
import { TeamMeetings } from '../../features/meetings/TeamMeetings';
import { TeamSettingsForm } from '../../features/meetings/TeamSettingsForm';
import type { TeamMemberDto } from '../../features/organizations/types';
import { useTeam, useTeamMembers } from '../../features/organizations/useTeams';
import { isApiError } from '../../lib/api';
import { NotFoundPage } from '../not-found/NotFoundPage';
import { AddMemberForm } from './AddMemberForm';

export function TeamPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data: me } = useMe();
  const team = useTeam(id);
  const members = useTeamMembers(id);
  const [removing, setRemoving] = useState<TeamMemberDto | null>(null);
  // Admins and school leaders run teams; the server still has the final word on each change.
  const canManage = hasRole(me, 'district_admin', 'school_leader');
  const back = <Link to="/teams">{t('teams:backToList')}</Link>;

  if (team.isPending) return <Spinner />;
  if (isApiError(team.error, 404)) return <NotFoundPage />;
  if (team.isError) {
    return (
      <>
        <PageHeader title={t('teams:title')} back={back} />
        <ErrorAlert error={team.error} onRetry={() => void team.refetch()} />
      </>
    );
  }

  const current = team.data;
  const isMember = current.members.some((member) => member.userId === me?.id);
  const isLead = current.members.some((member) => member.userId === me?.id && member.role === 'lead');
  return (
    <>
      <PageHeader
        title={current.name}
        back={back}
        description={
          <>
            {current.schoolId ? t('teams:schoolTeam') : t('teams:crossSchool')} ·{' '}
            {t(`meetings:teamType.${current.type}`)}
            {current.cadence && (
              <>
                {' '}
                ·{' '}
                {t('meetings:team.cadence', {
                  day: t(`meetings:weekday.${current.cadence.weekday}`),
                  time: current.cadence.startTime,
                  minutes: current.cadence.minutes,
                })}
              </>
            )}
          </>
        }
      />
      <div className="stack">
        <Card title={t('teams:fields.members')}>
          {current.members.length === 0 ? (
            <EmptyState title={t('teams:noMembers')} />
          ) : (
            <ul className="plain-list">
              {current.members.map((member) => (
                <li key={member.userId} className="button-row" style={{ justifyContent: 'space-between' }}>
                  <span>
                    {member.name}{' '}
                    <Badge tone={member.role === 'lead' ? 'info' : 'neutral'}>
                      {t(`teams:memberRole.${member.role}`)}
                    </Badge>
                  </span>
                  {canManage && (
                    <Button
                      variant="secondary"
                      onClick={() => {
                        members.remove.reset();
                        setRemoving(member);
                      }}
                    >
                      {t('teams:removeMember')}
                      <span className="visually-hidden"> {member.name}</span>
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </Card>
        <TeamMeetings team={current} isMember={isMember} />
        {(canManage || isLead) && (
          <Card title={t('meetings:team.settings')}>
            <TeamSettingsForm team={current} />
          </Card>
        )}
        {canManage && (
          <Card title={t('teams:addMember.title')}>
            <AddMemberForm teamId={current.id} existing={current.members.map((member) => member.userId)} />
          </Card>
        )}
      </div>
      <ConfirmDialog
        open={removing !== null}
        title={t('teams:removeTitle')}
        confirmLabel={t('teams:removeMember')}
        danger
        busy={members.remove.isPending}
        error={members.remove.error}
        onClose={() => setRemoving(null)}
        onConfirm={() => removing && members.remove.mutate(removing.userId, { onSuccess: () => setRemoving(null) })}
      >
        <p>{removing ? t('teams:removeConfirm', { name: removing.name, team: current.name }) : null}</p>
      </ConfirmDialog>
    </>
  );
}
