import type { ReactNode } from 'react';
import { useDocumentTitle } from './useDocumentTitle';

interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  /** Small link above the title, e.g. back to the list. */
  back?: ReactNode;
}

/** The page's only h1; also names the browser tab so history and screen readers say where you are. */
export function PageHeader({ title, description, actions, back }: PageHeaderProps) {
  useDocumentTitle(title);
  return (
    <div className="page-header">
      {back && <div className="page-header-back">{back}</div>}
      <div className="page-header-row">
        <h1>{title}</h1>
        {actions && <div className="page-header-actions">{actions}</div>}
      </div>
      {description && <p className="page-header-description">{description}</p>}
    </div>
  );
}
