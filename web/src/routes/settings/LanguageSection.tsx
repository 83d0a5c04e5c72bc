import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../app/i18n';
import { useLanguage } from '../../app/useLanguage';
import { Card } from '../../components/Card';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Select } from '../../components/Select';

/** Same setting as the header switch, offered here too because this is where people look for it. */
export function LanguageSection() {
  const { t } = useTranslation();
  const { language, setLanguage, saveError } = useLanguage();
  return (
    <Card title={t('settings:language.title')}>
      <p className="muted">{t('settings:language.description')}</p>
      {saveError ? <ErrorAlert error={saveError} /> : null}
      <Select
        label={t('settings:language.label')}
        options={LANGUAGES.map((entry) => ({ value: entry.code, label: entry.nativeName }))}
        value={language}
        onChange={(event) => setLanguage(event.target.value)}
      />
    </Card>
  );
}
