export { classesRoutes } from './classes.routes';
export { createClassesService } from './classes.service';
export { type TeachingOf, teachingFrom } from './teaching';
