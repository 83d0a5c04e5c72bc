import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLocale } from '#core/domain/locale';
import { LOCALES, type Locale } from '#core/domain/roles';
import { NAMESPACES, resources } from '../locales';

const STORAGE_KEY = 'conecta.locale';

export const LANGUAGES = [
  { code: 'en', nativeName: 'English' },
  { code: 'es', nativeName: 'Español' },
] as const;

/** The same check the server uses, from the shared core. */
export const isSupported = isLocale;

/** Signed-out visitors keep their choice in this browser; signed-in people keep it on their account too. */
export function rememberLanguage(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode or storage disabled: the choice still applies for this visit.
  }
}

function initialLanguage(): Locale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isSupported(stored)) return stored;
  } catch {
    // ignore: fall through to the browser's languages
  }
  const browser = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0];
    if (isSupported(base)) return base;
  }
  return 'en';
}

function applyToDocument(language: string): void {
  // Guarded so the same setup runs in tests without a DOM.
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

export function setupI18n() {
  const lng = initialLanguage();
  i18n.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'en',
    supportedLngs: [...LOCALES],
    ns: [...NAMESPACES],
    defaultNS: 'common',
    // React already escapes text; double escaping would show "&amp;" to people.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  applyToDocument(lng);
  i18n.on('languageChanged', applyToDocument);
  return i18n;
}
