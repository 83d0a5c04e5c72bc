import { useTranslation } from 'react-i18next';
import type { PeerComparison } from '#core/contracts/peer-districts';
import { Alert } from '../../components/Alert';
import { EmptyState } from '../../components/EmptyState';
import { type Column, Table } from '../../components/Table';
import { formatIndicator, indicatorHelp, indicatorLabel } from './format';

type Row = PeerComparison['indicators'][number];

/** Your value, the similar districts' median and middle half, and where you stand — or why not. */
export function ComparisonTable({ comparison }: { comparison: PeerComparison }) {
  const { t, i18n } = useTranslation('peer-districts');
  const lang = i18n.language;
  if (comparison.status === 'no-profile') return <Alert>{t('comparison.noProfile')}</Alert>;
  if (comparison.status === 'not-opted-in') return <Alert>{t('comparison.notOptedIn')}</Alert>;
  const columns: Column<Row>[] = [
    {
      key: 'indicator',
      header: t('comparison.indicator'),
      render: (row) => {
        const help = indicatorHelp(row.key, lang);
        return (
          <>
            {indicatorLabel(row.key, lang)}
            {help && <span className="muted"> ({help})</span>}
          </>
        );
      },
    },
    {
      key: 'yours',
      header: t('comparison.yours'),
      render: (row) =>
        row.yours === null ? (
          <span className="muted">{t('comparison.fewerThanFive')}</span>
        ) : (
          formatIndicator(row.key, row.yours, lang)
        ),
    },
    {
      key: 'median',
      header: t('comparison.median'),
      render: (row) =>
        row.peers ? (
          formatIndicator(row.key, row.peers.median, lang)
        ) : (
          <span className="muted">{t('comparison.notEnoughForIndicator')}</span>
        ),
    },
    {
      key: 'middle',
      header: t('comparison.middle'),
      render: (row) =>
        row.peers
          ? t('comparison.range', {
              low: formatIndicator(row.key, row.peers.low, lang),
              high: formatIndicator(row.key, row.peers.high, lang),
            })
          : '—',
    },
    {
      key: 'standing',
      header: t('comparison.standing'),
      render: (row) => (row.standing ? t(`comparison.standings.${row.standing}`) : '—'),
    },
  ];
  return (
    <div className="stack">
      {comparison.status === 'too-few-peers' && <Alert>{t('comparison.tooFew')}</Alert>}
      {comparison.indicators.length === 0 ? (
        <EmptyState title={t('comparison.empty')} />
      ) : (
        <Table
          caption={t('comparison.caption', { year: comparison.schoolYear })}
          columns={columns}
          rows={comparison.indicators}
          rowKey={(row) => row.key}
        />
      )}
    </div>
  );
}
