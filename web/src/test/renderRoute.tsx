import { type QueryClient as Client, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18n from 'i18next';
import { renderToString } from 'react-dom/server';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import type { Me } from '#core/contracts/session';
import { routes } from '../app/router';
import { ME_KEY } from '../features/identity/useMe';

/**
 * Renders a path inside the real route tree on the server, for tests without a browser. Nothing
 * is fetched during a server render: screens show their loading state unless `seed` puts their
 * data in the query cache first.
 */
export async function renderRoute(
  path: string,
  { me, language = 'en', seed }: { me: Me | null; language?: string; seed?: (client: Client) => void },
): Promise<string> {
  await i18n.changeLanguage(language);
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Number.POSITIVE_INFINITY } },
  });
  client.setQueryData(ME_KEY, me ? { ...me, locale: language } : null);
  seed?.(client);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  await new Promise<void>((resolve) => {
    if (router.state.initialized) return resolve();
    const stop = router.subscribe((state) => {
      if (state.initialized) {
        stop();
        resolve();
      }
    });
  });
  return renderToString(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}
