export {
  type ArtefactReader,
  studentWorkArtefactReaderFrom,
  studentWorkReaderFrom,
  unitArtefactReaderFrom,
} from './artefact-readers';
export { type CommentsService, createCommentsService } from './comments.service';
export { type PlansFromUnits, type PlansFromUnitsOf, plansFromUnitsFrom } from './plans-from-units';
export { createStudentWorkService, type StudentWorkService } from './student-work.service';
export { unitsRoutes } from './units.routes';
export { type CreatePlan, createUnitsService, type UnitsService } from './units.service';
