import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Button } from '../../components/Button';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { hasRole } from '../identity/roles';
import { useMe } from '../identity/useMe';
import { groupChoices } from './formChecks';
import { LevelSection } from './LevelSection';
import { localized } from './localized';
import { type DashboardFilters, filterQuery, useDashboard, useInitiative, useRefreshInitiative } from './useImpact';
import './impact.css';

const UNFILTERED: DashboardFilters = { grain: 'week' };

/** An initiative's five levels, with filters and drill-down; every number already suppressed by the server. */
export function DashboardPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('impact');
  const admin = hasRole(useMe().data, 'district_admin');
  const initiative = useInitiative(id);
  const [filters, setFilters] = useState<DashboardFilters>({ grain: 'week' });
  const dashboard = useDashboard(id, filters);
  const refresh = useRefreshInitiative(id);
  const set = (change: Partial<DashboardFilters>) => setFilters((f) => ({ ...f, ...change }));
  const csvHref = (table: string) => `/api/v1/initiatives/${id}/export.csv?${filterQuery(filters, { table })}`;

  // Filter choices come from the UNFILTERED dashboard (the page's first load, so usually cached):
  // the filtered one only names the chosen group, and picking school A would hide every other.
  const unfiltered = useDashboard(id, UNFILTERED);
  const groups = (dimension: 'school' | 'team' | 'subject') => groupChoices(unfiltered.data, dimension);

  return (
    <>
      <PageHeader
        title={initiative.data ? localized(initiative.data.name, i18n.language) : t('dashboard.title')}
        description={t('dashboard.description')}
        back={<Link to="/initiatives">{t('backToList')}</Link>}
        actions={
          admin ? (
            <Button variant="secondary" busy={refresh.isPending} onClick={() => refresh.mutate()}>
              {t('dashboard.refresh')}
            </Button>
          ) : null
        }
      />
      <form className="impact-filters" aria-label={t('filters.label')} onSubmit={(e) => e.preventDefault()}>
        <Select
          label={t('filters.school')}
          placeholder={t('filters.all')}
          options={groups('school')}
          value={filters.schoolId ?? ''}
          onChange={(e) => set({ schoolId: e.target.value || undefined })}
        />
        <Select
          label={t('filters.team')}
          placeholder={t('filters.all')}
          options={groups('team')}
          value={filters.teamId ?? ''}
          onChange={(e) => set({ teamId: e.target.value || undefined })}
        />
        <Select
          label={t('filters.subject')}
          placeholder={t('filters.all')}
          options={groups('subject')}
          value={filters.subject ?? ''}
          onChange={(e) => set({ subject: e.target.value || undefined })}
        />
        <TextField
          label={t('filters.from')}
          type="date"
          value={filters.from ?? ''}
          onChange={(e) => set({ from: e.target.value || undefined })}
        />
        <TextField
          label={t('filters.to')}
          type="date"
          value={filters.to ?? ''}
          onChange={(e) => set({ to: e.target.value || undefined })}
        />
        <Select
          label={t('filters.grain')}
          options={[
            { value: 'week', label: t('filters.week') },
            { value: 'month', label: t('filters.month') },
          ]}
          value={filters.grain}
          onChange={(e) => set({ grain: e.target.value as 'week' | 'month' })}
        />
      </form>
      {filters.schoolId && (
        <p data-testid="drill-school">
          {t('filters.drilled', { school: groups('school').find((g) => g.value === filters.schoolId)?.label ?? '' })}{' '}
          <Button variant="ghost" onClick={() => set({ schoolId: undefined })}>
            {t('filters.clearSchool')}
          </Button>
        </p>
      )}
      <p>
        <a href={`/api/v1/initiatives/${id}/report.pdf?${filterQuery(filters)}`} download data-testid="report-pdf">
          {t('report.pdf')}
        </a>
      </p>
      <QueryState query={dashboard} isEmpty={!dashboard.data} empty={null}>
        <div className="stack">
          {dashboard.data?.levels.map((level) => (
            <LevelSection key={level.level} level={level} csvHref={csvHref} onDrill={(schoolId) => set({ schoolId })} />
          ))}
        </div>
      </QueryState>
    </>
  );
}
