export { classesRoutes } from './classes.routes';
export { createClassesService } from './classes.service';
