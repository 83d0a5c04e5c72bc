export { createNotificationsService, type NotificationsService, type OutgoingMail } from './notifications.service';
