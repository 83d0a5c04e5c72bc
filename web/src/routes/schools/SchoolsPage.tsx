import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { type Column, Table } from '../../components/Table';
import type { SchoolDto } from '../../features/organizations/types';
import { useSchools } from '../../features/organizations/useSchools';
import { useFormatDate } from '../../lib/format';
import { CreateSchoolForm } from './CreateSchoolForm';
import { RenameSchoolDialog } from './RenameSchoolDialog';

export function SchoolsPage() {
  const { t } = useTranslation();
  const format = useFormatDate();
  const { items, query } = useSchools();
  const [renaming, setRenaming] = useState<SchoolDto | null>(null);

  const columns: Column<SchoolDto>[] = [
    { key: 'name', header: t('schools:fields.name'), render: (row) => <strong>{row.name}</strong> },
    { key: 'created', header: t('common:createdAt'), render: (row) => format.date(row.createdAt) },
    {
      key: 'actions',
      header: t('common:actionsColumn'),
      render: (row) => (
        <Button variant="secondary" onClick={() => setRenaming(row)}>
          {t('schools:rename.button')}
          <span className="visually-hidden"> {row.name}</span>
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('schools:title')} description={t('schools:description')} />
      <div className="stack">
        <section aria-labelledby="schools-list">
          <h2 id="schools-list">{t('schools:listTitle')}</h2>
          <QueryState
            query={query}
            isEmpty={items.length === 0}
            empty={<EmptyState title={t('schools:empty')}>{t('schools:emptyHint')}</EmptyState>}
          >
            <Table caption={t('schools:listTitle')} columns={columns} rows={items} rowKey={(row) => row.id} />
          </QueryState>
        </section>
        <Card title={t('schools:create.title')}>
          <CreateSchoolForm />
        </Card>
      </div>
      <RenameSchoolDialog school={renaming} onClose={() => setRenaming(null)} />
    </>
  );
}
