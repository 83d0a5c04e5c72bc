import { useTranslation } from 'react-i18next';
import type { ClassDto } from '#core/contracts/classes';
import { type Column, Table } from '../../components/Table';
import { useFormatDate } from '../../lib/format';
import { gradeLabel } from './gradeLabel';

interface ClassTableProps {
  classes: readonly ClassDto[];
  showOwner?: boolean;
  schoolNames?: Map<string, string>;
}

export function ClassTable({ classes, showOwner, schoolNames }: ClassTableProps) {
  const { t } = useTranslation();
  const format = useFormatDate();
  const columns: Column<ClassDto>[] = [
    { key: 'name', header: t('classes:fields.name'), render: (row) => <strong>{row.name}</strong> },
    { key: 'subject', header: t('classes:fields.subject'), render: (row) => row.subject },
    { key: 'grade', header: t('classes:fields.gradeLevel'), render: (row) => gradeLabel(row.gradeLevel, t) },
    {
      key: 'period',
      header: t('classes:fields.periodMinutes'),
      render: (row) => t('classes:minutes', { minutes: row.periodMinutes }),
    },
  ];
  if (showOwner) {
    columns.push({ key: 'owner', header: t('classes:fields.owner'), render: (row) => row.ownerName });
    columns.push({
      key: 'school',
      header: t('classes:fields.school'),
      render: (row) => (row.schoolId ? (schoolNames?.get(row.schoolId) ?? '') : '—'),
    });
  }
  columns.push({ key: 'created', header: t('common:createdAt'), render: (row) => format.date(row.createdAt) });
  return <Table caption={t('classes:tableCaption')} columns={columns} rows={classes} rowKey={(row) => row.id} />;
}
