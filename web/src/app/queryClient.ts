import { QueryClient } from '@tanstack/react-query';
import { ME_KEY } from '../features/identity/useMe';
import { isApiError, onUnauthorized } from '../lib/api';

export function createQueryClient(): QueryClient {
  const client = new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Cheap phones on metered data: no refetch just because the tab got focus again.
        refetchOnWindowFocus: false,
        // A 4xx will not fix itself; only retry network and server failures.
        retry: (count, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && count < 2,
      },
      mutations: { retry: false },
    },
  });

  // Any 401 outside sign-in means the session is gone: forgetting "me" makes the layout send
  // the person to sign in, remembering where they were.
  onUnauthorized(() => {
    if (client.getQueryData(ME_KEY)) client.setQueryData(ME_KEY, null);
  });
  return client;
}
