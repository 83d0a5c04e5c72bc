import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { Me } from '#core/contracts/session';
import { useDisclosure } from '../components/useDisclosure';
import { hasRole } from '../features/identity/roles';
import { useSignOut } from '../features/identity/useAuth';

export function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const { open, toggle, close, buttonRef, panelRef } = useDisclosure<HTMLButtonElement, HTMLDivElement>();

  return (
    <div className="menu" data-testid="user-menu">
      <button
        ref={buttonRef}
        type="button"
        className="btn btn-ghost"
        aria-expanded={open}
        aria-controls="user-menu-panel"
        onClick={toggle}
      >
        {t('common:userMenu.button')}
      </button>
      <div ref={panelRef} id="user-menu-panel" className="menu-panel" hidden={!open}>
        <p className="menu-identity">
          <strong>{me.name}</strong>
          {me.email}
        </p>
        <ul>
          <li>
            <Link className="menu-item" to="/settings" onClick={() => close(false)}>
              {t('common:userMenu.settings')}
            </Link>
          </li>
          {/* Personal, like settings: colleagues' requests to learn from me and mine to them (adr/0009). */}
          {hasRole(me, 'teacher', 'coach') && (
            <li>
              <Link className="menu-item" to="/peer-requests" onClick={() => close(false)}>
                {t('common:userMenu.peerRequests')}
              </Link>
            </li>
          )}
          <li>
            <button
              type="button"
              className="menu-item"
              disabled={signOut.isPending}
              onClick={() => signOut.mutate(undefined, { onSettled: () => navigate('/sign-in', { replace: true }) })}
            >
              {t('common:userMenu.signOut')}
            </button>
          </li>
        </ul>
      </div>
    </div>
  );
}
