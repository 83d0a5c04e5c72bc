import type { Db } from '../../db/client';
import { classesRepo } from './classes.repo';

/** The subjects and grade levels a person teaches (live classes), for recommendations. Injected in api.ts. */
export type TeachingOf = (organizationId: string, userId: string) => Promise<{ subject: string; gradeLevel: string }[]>;

export const teachingFrom =
  (db: Db): TeachingOf =>
  (organizationId, userId) =>
    classesRepo.teachingOf(db, organizationId, userId);
