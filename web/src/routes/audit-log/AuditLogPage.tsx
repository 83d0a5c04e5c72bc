import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { type Column, Table } from '../../components/Table';
import { type AuditEventDto, useAuditEvents } from '../../features/audit/useAuditEvents';
import { useFormatDate } from '../../lib/format';

export function AuditLogPage() {
  const { t } = useTranslation();
  const format = useFormatDate();
  const { items, query } = useAuditEvents();

  const columns: Column<AuditEventDto>[] = [
    { key: 'when', header: t('audit:fields.when'), render: (row) => format.dateTime(row.createdAt) },
    { key: 'actor', header: t('audit:fields.actor'), render: (row) => row.actorName ?? t('audit:system') },
    { key: 'action', header: t('audit:fields.action'), render: (row) => <code className="mono">{row.action}</code> },
    {
      key: 'target',
      header: t('audit:fields.target'),
      render: (row) => (row.targetType ? `${row.targetType}${row.targetId ? ` · ${row.targetId}` : ''}` : '—'),
    },
    { key: 'ip', header: t('audit:fields.ip'), render: (row) => row.ip ?? '—' },
    {
      key: 'data',
      header: t('audit:fields.data'),
      render: (row) => (Object.keys(row.data).length ? <code className="mono">{JSON.stringify(row.data)}</code> : '—'),
    },
  ];

  return (
    <>
      <PageHeader title={t('audit:title')} description={t('audit:description')} />
      <QueryState query={query} isEmpty={items.length === 0} empty={<EmptyState title={t('audit:empty')} />}>
        <Table caption={t('audit:title')} columns={columns} rows={items} rowKey={(row) => row.id} />
        <LoadMore query={query} />
      </QueryState>
    </>
  );
}
