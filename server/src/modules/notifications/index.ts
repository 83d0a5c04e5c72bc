export type { FollowUpDue, FollowUpsDue } from './follow-up-reminders';
export { NOTIFICATION_JOBS, notificationJobs } from './notifications.jobs';
export { notificationsRoutes } from './notifications.routes';
export { createNotificationsService, type NotificationsService, type OutgoingMail } from './notifications.service';
export type { Notify, NotifyInput, NotifyResult } from './notify';
