import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { hasRole } from '../../features/identity/roles';
import { useMe } from '../../features/identity/useMe';
import { NotificationPreferencesSection } from '../../features/notifications/NotificationPreferencesSection';
import { PeerOfferSection } from '../../features/peer-learning/PeerOfferSection';
import { AccessTokensSection } from './AccessTokensSection';
import { LanguageSection } from './LanguageSection';
import { PasswordSection } from './PasswordSection';
import { ProfileSection } from './ProfileSection';

export function SettingsPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  if (!me) return null;
  return (
    <>
      <PageHeader title={t('settings:title')} description={t('settings:description')} />
      <div className="stack">
        <ProfileSection me={me} />
        <LanguageSection />
        <NotificationPreferencesSection />
        {hasRole(me, 'teacher', 'coach') && <PeerOfferSection />}
        <PasswordSection />
        <AccessTokensSection />
      </div>
    </>
  );
}
