export { type JobRow, jobsRepo, type NewJob } from './jobs.repo';
export {
  createJobRunner,
  JOB_DEFAULTS,
  type JobContext,
  type JobHandler,
  type JobRunner,
  type JobRunnerOptions,
  retryDelay,
} from './runner';
export { dailyAt, every, mondaysAt, type Schedule } from './schedules';
