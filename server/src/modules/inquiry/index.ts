export { INQUIRY_JOBS, inquiryJobs } from './inquiry.jobs';
export { inquiryRoutes } from './inquiry.routes';
export { createInquiryService, type InquiryService } from './inquiry.service';
export { type InquirySummaryOf, inquirySummaryFrom } from './inquiry-summary';
export type { StudentWorkReader } from './student-work';
