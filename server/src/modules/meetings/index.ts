export { type ArtefactReader, type ArtefactReaders, artefactReaderFrom, planArtefactReader } from './artefact-reader';
export { minutesFactsFrom } from './impact-facts';
export { type MeetingPractice, type MeetingPracticeOf, meetingPracticeFrom } from './meeting-practice';
export { type MeetingTeam, meetingTeamFrom } from './meeting-team';
export { meetingsRoutes } from './meetings.routes';
export { createMeetingsService, type MeetingsService } from './meetings.service';
