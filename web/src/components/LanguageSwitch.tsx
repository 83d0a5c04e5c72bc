import { useTranslation } from 'react-i18next';

export interface LanguageOption {
  code: string;
  /** The language's own name ("Español"), so people find it whatever language is on screen. */
  nativeName: string;
}

interface LanguageSwitchProps {
  languages: readonly LanguageOption[];
  value: string;
  onChange: (code: string) => void;
}

export function LanguageSwitch({ languages, value, onChange }: LanguageSwitchProps) {
  const { t } = useTranslation();
  return (
    // A fieldset names the pair of toggle buttons for screen readers ("Language, group").
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t('common:language.label')}</legend>
      {languages.map((language) => (
        <button
          key={language.code}
          type="button"
          lang={language.code}
          className="language-option"
          aria-pressed={value === language.code}
          onClick={() => value !== language.code && onChange(language.code)}
        >
          {language.nativeName}
        </button>
      ))}
    </fieldset>
  );
}
