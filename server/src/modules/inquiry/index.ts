export { inquiryJobs } from './inquiry.jobs';
export { inquiryRoutes } from './inquiry.routes';
export { createInquiryService, type InquiryService } from './inquiry.service';
export { inquirySummaryFrom } from './inquiry-summary';
export type { StudentWorkReader } from './student-work';
