import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router-dom';
import type { Role } from '#core/domain/roles';
import { useDisclosure } from '../components/useDisclosure';
import { navFor } from './navigation';

/**
 * Role-aware navigation. On narrow screens it folds behind a menu button (aria-expanded);
 * Escape closes it and returns focus to the button; following a link closes it.
 */
export function MainNav({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation();
  const location = useLocation();
  const { open, toggle, close, buttonRef, panelRef } = useDisclosure<HTMLButtonElement, HTMLElement>();
  const items = navFor(roles);

  // biome-ignore lint/correctness/useExhaustiveDependencies: close only when the route changes
  useEffect(() => {
    close(false);
  }, [location.pathname]);

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="btn btn-secondary nav-toggle"
        aria-expanded={open}
        aria-controls="main-nav"
        onClick={toggle}
      >
        {t('common:nav.menu')}
      </button>
      <nav
        ref={panelRef}
        id="main-nav"
        aria-label={t('common:nav.label')}
        className={open ? 'main-nav is-open' : 'main-nav'}
      >
        <ul>
          {items.map((item) => (
            <li key={item.key}>
              <NavLink to={item.to} end={item.to === '/'}>
                {t(`common:${item.label}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
