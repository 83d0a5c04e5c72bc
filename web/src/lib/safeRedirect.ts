/** Only same-app paths may be used after sign-in, so a crafted link cannot send people elsewhere. */
export function safeRedirect(next: string | null | undefined, fallback = '/'): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  if (next.startsWith('/sign-in')) return fallback;
  return next;
}
