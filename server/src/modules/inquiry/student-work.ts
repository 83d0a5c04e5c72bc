/**
 * The slot for student work on an inquiry's timeline. The units module (student work samples) may
 * export a reader of this shape; api.ts injects it. Until then linking student work answers 422.
 * Answers null when the actor may not see the sample.
 */
export type StudentWorkReader = (
  organizationId: string,
  actorId: string,
  workId: string,
) => Promise<{ ownerId: string; title: string; date: string } | null>;
