import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/Badge';

/** The CoI flags a facilitator sees beside a thread (nothing when the thread is fine or the reader is not one). */
export function ThreadFlags({
  flags,
}: {
  flags: { stuckInExploration: boolean; facilitatorDominance: boolean } | null;
}) {
  const { t } = useTranslation('communities');
  if (!flags) return null;
  return (
    <>
      {flags.stuckInExploration && <Badge tone="warning">{t('flags.stuck')}</Badge>}
      {flags.facilitatorDominance && <Badge tone="warning">{t('flags.dominance')}</Badge>}
    </>
  );
}
