import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

interface StatLinkProps {
  to: string;
  label: string;
  count: number;
  /** More pages exist, so `count` is a lower bound. */
  more?: boolean;
  loading?: boolean;
}

export function StatLink({ to, label, count, more, loading }: StatLinkProps) {
  const { t, i18n } = useTranslation();
  const value = loading ? '…' : `${new Intl.NumberFormat(i18n.language).format(count)}${more ? '+' : ''}`;
  return (
    <li>
      <Link to={to} className="stat">
        <span className="stat-value" aria-hidden={loading || undefined}>
          {value}
        </span>
        <span className="stat-label">
          {label}
          {loading && <span className="visually-hidden"> {t('common:loading')}</span>}
        </span>
      </Link>
    </li>
  );
}
