import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { QueryState } from '../../components/QueryState';
import { type Column, Table } from '../../components/Table';
import { type AccessTokenDto, useAccessTokens, useRevokeAccessToken } from '../../features/identity/useAccount';
import { useFormatDate } from '../../lib/format';
import { CreateTokenForm } from './CreateTokenForm';

export function AccessTokensSection() {
  const { t } = useTranslation();
  const format = useFormatDate();
  const tokens = useAccessTokens();
  const revoke = useRevokeAccessToken();
  const [revoking, setRevoking] = useState<AccessTokenDto | null>(null);
  const items = tokens.data?.items ?? [];

  const columns: Column<AccessTokenDto>[] = [
    { key: 'name', header: t('settings:tokens.name'), render: (row) => <strong>{row.name}</strong> },
    {
      key: 'prefix',
      header: t('settings:tokens.prefix'),
      render: (row) => <code className="mono">{row.prefix}…</code>,
    },
    { key: 'created', header: t('common:createdAt'), render: (row) => format.date(row.createdAt) },
    {
      key: 'used',
      header: t('settings:tokens.lastUsed'),
      render: (row) => (row.lastUsedAt ? format.dateTime(row.lastUsedAt) : t('settings:tokens.never')),
    },
    {
      key: 'actions',
      header: t('common:actionsColumn'),
      render: (row) => (
        <Button
          variant="secondary"
          onClick={() => {
            revoke.reset();
            setRevoking(row);
          }}
        >
          {t('settings:tokens.revoke')}
          <span className="visually-hidden"> {row.name}</span>
        </Button>
      ),
    },
  ];

  return (
    <Card title={t('settings:tokens.title')}>
      <p className="muted">{t('settings:tokens.description')}</p>
      <CreateTokenForm />
      <h3>{t('settings:tokens.listTitle')}</h3>
      <QueryState query={tokens} isEmpty={items.length === 0} empty={<EmptyState title={t('settings:tokens.empty')} />}>
        <Table caption={t('settings:tokens.listTitle')} columns={columns} rows={items} rowKey={(row) => row.id} />
      </QueryState>
      <ConfirmDialog
        open={revoking !== null}
        title={t('settings:tokens.revokeTitle')}
        confirmLabel={t('settings:tokens.revoke')}
        danger
        busy={revoke.isPending}
        error={revoke.error}
        onClose={() => setRevoking(null)}
        onConfirm={() => revoking && revoke.mutate(revoking.id, { onSuccess: () => setRevoking(null) })}
      >
        <p>{revoking ? t('settings:tokens.revokeConfirm', { name: revoking.name }) : null}</p>
      </ConfirmDialog>
    </Card>
  );
}
