import i18n from 'i18next';
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  failed: boolean;
}

/**
 * Last line of defence around the whole app (router errors are caught closer, by RouteError).
 * A class component because React only offers error boundaries as classes.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <main id="main" className="app-main">
        <h1>{i18n.t('common:crash.title')}</h1>
        <div className="alert alert-error" role="alert">
          <p>{i18n.t('common:crash.description')}</p>
        </div>
        <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
          {i18n.t('common:actions.reload')}
        </button>
      </main>
    );
  }
}
