import type { Locale, Role } from '#core/domain/roles';

/** Where a request came from; recorded in the audit log. Services get it through the actor, never from the request. */
export type RequestContext = { ip: string | null; userAgent: string | null };

export type ActorMembership = { id: string; role: Role; schoolId: string | null };

/**
 * Who is acting, resolved once per request by the auth plugin. Every service method takes it
 * first; its organizationId is the tenant every repository query is filtered by.
 */
export type Actor = {
  userId: string;
  organizationId: string;
  organizationName: string;
  name: string;
  email: string;
  locale: Locale;
  memberships: ActorMembership[];
  via: { kind: 'session'; sessionId: string } | { kind: 'token'; tokenId: string };
  context: RequestContext;
};

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return actor.memberships.some((m) => roles.includes(m.role));
}

/** Schools in which the actor holds one of the given roles. */
export function schoolsWhere(actor: Actor, ...roles: Role[]): string[] {
  return [
    ...new Set(
      actor.memberships.filter((m) => roles.includes(m.role) && m.schoolId !== null).map((m) => m.schoolId as string),
    ),
  ];
}
