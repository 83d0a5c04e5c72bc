import type { z } from 'zod';
import type { CommunityPerson } from '#core/contracts/communities';

type PersonValue = z.infer<typeof CommunityPerson>;

/** Name · school · country: all a community shows of anyone, in any district. */
export function personLine(person: PersonValue) {
  return [person.name, person.schoolName, person.country].filter(Boolean).join(' · ');
}

export function Person({ person }: { person: PersonValue }) {
  return <span className="community-person">{personLine(person)}</span>;
}
