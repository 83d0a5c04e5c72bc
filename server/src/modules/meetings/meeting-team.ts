import type { Executor } from '../../db/client';
import { meetingsRepo } from './meetings.repo';

/** Which team a meeting belongs to (null when the tenant has no such meeting): units checks a scored or uploaded sample's meeting with it. */
export const meetingTeamFrom =
  () =>
  async (executor: Executor, organizationId: string, meetingId: string): Promise<string | null> =>
    (await meetingsRepo.find(executor, organizationId, meetingId))?.teamId ?? null;
export type MeetingTeam = ReturnType<typeof meetingTeamFrom>;
