import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { StudentWorkGallery } from '../../features/units/StudentWorkGallery';
import { StudentWorkUpload } from '../../features/units/StudentWorkUpload';
import { UnitForm } from '../../features/units/UnitForm';
import { useMyTeams } from '../../features/units/useMyTeams';
import { useCreateUnit, useUnitList } from '../../features/units/useUnits';
import '../../features/units/units.css';

/** The units and student work of the reader's teams. */
export function UnitsPage() {
  const { t } = useTranslation('units');
  useDocumentTitle(t('list.title'));
  const navigate = useNavigate();
  const { teams, query: teamsQuery } = useMyTeams();
  const { items, query } = useUnitList();
  const create = useCreateUnit();
  const [creating, setCreating] = useState(false);
  const [uploading, setUploading] = useState(false);
  const inATeam = teams.length > 0;

  return (
    <>
      <PageHeader
        title={t('list.title')}
        description={t('list.description')}
        actions={inATeam && !creating ? <Button onClick={() => setCreating(true)}>{t('list.new')}</Button> : undefined}
      />
      {!teamsQuery.isPending && !inATeam && <EmptyState title={t('list.noTeam')} />}
      {creating && (
        <Card title={t('list.new')}>
          <UnitForm
            teams={teams}
            busy={create.isPending}
            error={create.error}
            submitLabel={t('form.create')}
            onCancel={() => setCreating(false)}
            onSubmit={(values) => create.mutate(values, { onSuccess: (unit) => navigate(`/units/${unit.id}`) })}
          />
        </Card>
      )}
      <Card title={t('list.units')} testId="units-list">
        <QueryState query={query} isEmpty={items.length === 0} empty={<EmptyState title={t('list.empty')} />}>
          <ul className="unit-list">
            {items.map((unit) => (
              <li key={unit.id}>
                <Link to={`/units/${unit.id}`}>{unit.title}</Link>{' '}
                <span className="sw-summary">
                  {t('list.meta', { team: unit.teamName, count: unit.sequence.length })}
                </span>
              </li>
            ))}
          </ul>
          <LoadMore query={query} />
        </QueryState>
      </Card>
      <Card
        title={t('gallery.title')}
        actions={
          inATeam && !uploading ? (
            <Button variant="secondary" onClick={() => setUploading(true)}>
              {t('upload.open')}
            </Button>
          ) : undefined
        }
      >
        {uploading && <StudentWorkUpload teams={teams} onUploaded={() => setUploading(false)} />}
        <StudentWorkGallery />
      </Card>
    </>
  );
}
