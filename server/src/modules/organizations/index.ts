export { evaluativeTurnedOnFrom } from './evaluative-setting';
export { organizationsRoutes } from './organizations.routes';
export { createPeopleService } from './people.service';
export { createSchoolsService } from './schools.service';
export { createTeamsService } from './teams.service';
