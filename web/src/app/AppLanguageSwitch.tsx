import { LanguageSwitch } from '../components/LanguageSwitch';
import { LANGUAGES } from './i18n';
import { useLanguage } from './useLanguage';

export function AppLanguageSwitch() {
  const { language, setLanguage } = useLanguage();
  return <LanguageSwitch languages={LANGUAGES} value={language} onChange={setLanguage} />;
}
