import { useTranslation } from 'react-i18next';

/** Dates always in the reader's current language, never in the server's. */
export function formatDateTime(iso: string | null | undefined, language: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatDate(iso: string | null | undefined, language: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(date);
}

export function useFormatDate() {
  const { i18n } = useTranslation();
  return {
    dateTime: (iso: string | null | undefined) => formatDateTime(iso, i18n.language),
    date: (iso: string | null | undefined) => formatDate(iso, i18n.language),
  };
}
