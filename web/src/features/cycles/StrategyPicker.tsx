import { useTranslation } from 'react-i18next';
import { CardPicker } from '../library/CardPicker';

/** A strategy card for the cycle from the library (or none). */
export function StrategyPicker({ value, onChange }: { value: string | null; onChange: (id: string | null) => void }) {
  const { t } = useTranslation('cycles');
  return (
    <CardPicker
      value={value}
      onChange={onChange}
      testId="strategy-picker"
      labels={{
        chosen: t('strategy.chosen'),
        preview: t('strategy.preview'),
        remove: t('strategy.remove'),
        search: t('strategy.search'),
        searchHint: t('strategy.searchHint'),
        none: t('strategy.none'),
        results: t('strategy.results'),
        choose: t('strategy.choose'),
        chooseNamed: (title) => t('strategy.chooseNamed', { title }),
      }}
    />
  );
}
