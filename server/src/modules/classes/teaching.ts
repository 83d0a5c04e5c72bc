import type { Db } from '../../db/client';
import { classesRepo } from './classes.repo';

/** The subjects and grade levels a person teaches (live classes), for recommendations. Injected in api.ts. */
export type TeachingOf = (organizationId: string, userId: string) => Promise<{ subject: string; gradeLevel: string }[]>;

export const teachingFrom =
  (db: Db): TeachingOf =>
  (organizationId, userId) =>
    classesRepo.teachingOf(db, organizationId, userId);

/** Each person's subjects and grade levels (live classes), several people in one query: peers to learn from. */
export type TeachingOfPeople = (
  organizationId: string,
  userIds: string[],
) => Promise<Map<string, { subject: string; gradeLevel: string }[]>>;

export const teachingOfPeopleFrom =
  (db: Db): TeachingOfPeople =>
  async (organizationId, userIds) => {
    const byPerson = new Map<string, { subject: string; gradeLevel: string }[]>();
    for (const { ownerId, ...row } of await classesRepo.teachingOfMany(db, organizationId, userIds))
      byPerson.set(ownerId, [...(byPerson.get(ownerId) ?? []), row]);
    return byPerson;
  };
