import { useTranslation } from 'react-i18next';
import type { Cell } from '#core/contracts/impact';
import { formatValue } from './format';

/** A number, or "fewer than 5 people" — never a value for a small group (the server sends none). */
export function CellText({ cell, unit }: { cell: Cell; unit: string }) {
  const { t } = useTranslation('impact');
  if (cell.suppressed) return <span className="impact-suppressed">{t('suppressed')}</span>;
  return (
    <span>
      {formatValue(cell.value, unit)} <span className="impact-people">{t('people', { count: cell.people })}</span>
    </span>
  );
}
