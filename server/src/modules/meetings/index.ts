export { type ArtefactReader, type ArtefactReaders, artefactReaderFrom, planArtefactReader } from './artefact-reader';
export { type MeetingTeam, meetingTeamFrom } from './meeting-team';
export { meetingsRoutes } from './meetings.routes';
export { createMeetingsService, type MeetingsService } from './meetings.service';
