import type { ReactNode } from 'react';
import { ErrorAlert } from './ErrorAlert';
import { Spinner } from './Spinner';

type QueryLike = { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown };

/**
 * The loading → error (with retry) → empty → content cascade every list screen needs, in one
 * place, so each screen only says what its empty state and its content are.
 */
export function QueryState({
  query,
  isEmpty,
  empty,
  children,
}: {
  query: QueryLike;
  isEmpty: boolean;
  empty: ReactNode;
  children: ReactNode;
}) {
  if (query.isPending) return <Spinner />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return isEmpty ? empty : children;
}
