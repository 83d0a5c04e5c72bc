import { useTranslation } from 'react-i18next';
import type { Locale } from '#core/domain/roles';
import { Select } from '../../../components/Select';

/** Language names are written in their own language, whatever the interface's. */
const LANGUAGES = [
  { value: 'en', label: 'English' },
  { value: 'es', label: 'Español' },
] as const;

/** The language a plan is written in: its insights and reflections are analysed in that language. */
export function PlanLanguageSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: Locale;
  onChange: (locale: Locale) => void;
}) {
  const { t } = useTranslation('planner');
  return (
    <Select
      id={id}
      label={t('editor.language')}
      options={LANGUAGES}
      value={value}
      onChange={(e) => onChange(e.target.value as Locale)}
    />
  );
}
