import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { isLocale } from '#core/domain/locale';
import type { Locale } from '#core/domain/roles';
import type { ResourceFilters } from '../../features/library/types';
import { useDebounced } from '../../lib/useDebounced';

/**
 * The library's search lives in the URL (`?q=&locale=&practiceId=`), so a search can be shared
 * and Back returns to it. Typing replaces the entry (one per pause, not per key); choosing a
 * language adds one, so Back undoes it.
 */
export function useLibraryFilters() {
  const { i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const urlQ = params.get('q') ?? '';
  const [q, setQ] = useState(urlQ);
  const typed = useDebounced(q.trim(), 300);

  const update = (key: string, value: string | null, replace: boolean) =>
    setParams(
      (old) => {
        const next = new URLSearchParams(old);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace },
    );

  // biome-ignore lint/correctness/useExhaustiveDependencies: only a pause in typing writes the URL
  useEffect(() => {
    if (typed !== urlQ) update('q', typed, true);
  }, [typed]);

  // Back/Forward to another search: show its words in the box.
  // biome-ignore lint/correctness/useExhaustiveDependencies: follows the URL, not the typing
  useEffect(() => {
    if (urlQ !== typed) setQ(urlQ);
  }, [urlQ]);

  const uiLocale: Locale = isLocale(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  const urlLocale = params.get('locale');
  const locale: Locale = isLocale(urlLocale) ? urlLocale : uiLocale;
  const practiceId = params.get('practiceId') ?? '';

  const applied: ResourceFilters = { q: urlQ || undefined, locale, practiceId: practiceId || undefined };

  return {
    q,
    setQ,
    locale,
    practiceId,
    applied,
    setLocale: (value: Locale) => update('locale', value, false),
  };
}

export type LibraryFiltersState = ReturnType<typeof useLibraryFilters>;
