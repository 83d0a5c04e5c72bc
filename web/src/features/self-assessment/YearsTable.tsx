import { useTranslation } from 'react-i18next';
import type { SelfAssessmentYear } from '#core/contracts/self-assessment';
import { CPL_INSTRUMENT } from '#core/cpl/index';
import { Table } from '../../components/Table';
import { formatMean } from './format';

/** The district's years side by side: one row per school year, one column per domain. */
export function YearsTable({ years, lang }: { years: SelfAssessmentYear[]; lang: 'en' | 'es' }) {
  const { t } = useTranslation('self-assessment');
  const columns = [
    { key: 'year', header: t('years.year'), render: (y: SelfAssessmentYear) => y.schoolYear },
    { key: 'status', header: t('years.status'), render: (y: SelfAssessmentYear) => t(`status.${y.status}`) },
    ...CPL_INSTRUMENT.map((domain) => ({
      key: domain.id,
      header: domain.title[lang],
      render: (y: SelfAssessmentYear) => {
        const d = y.domains.find((x) => x.domain === domain.id);
        return d?.band ? `${formatMean(d.mean, lang)} · ${t(`bands.${d.band}`)}` : formatMean(d?.mean ?? null, lang);
      },
    })),
  ];
  return <Table caption={t('years.caption')} columns={columns} rows={years} rowKey={(y) => y.schoolYear} />;
}
