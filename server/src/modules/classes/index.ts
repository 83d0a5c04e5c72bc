export { classesRoutes } from './classes.routes';
export { createClassesService } from './classes.service';
export { type TeachingOf, type TeachingOfPeople, teachingFrom, teachingOfPeopleFrom } from './teaching';
