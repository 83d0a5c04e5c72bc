import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Me } from '#core/contracts/session';
import { useUpdateMe } from '../features/identity/useAccount';
import { ME_KEY } from '../features/identity/useMe';
import { isSupported, rememberLanguage } from './i18n';

/**
 * Switching language applies at once (no reload). Signed in, it is also saved on the account
 * so every device and every email uses it; signed out, this browser remembers it.
 */
export function useLanguage() {
  const { i18n } = useTranslation();
  const queryClient = useQueryClient();
  const updateMe = useUpdateMe();

  function setLanguage(code: string) {
    if (!isSupported(code)) return;
    void i18n.changeLanguage(code);
    rememberLanguage(code);
    const me = queryClient.getQueryData<Me | null>(ME_KEY);
    if (me && me.locale !== code) updateMe.mutate({ locale: code });
  }

  return { language: i18n.resolvedLanguage ?? i18n.language, setLanguage, saveError: updateMe.error };
}
