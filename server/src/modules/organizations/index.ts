export { evaluativeTurnedOnFrom } from './evaluative-setting';
export {
  type DistrictsWithPeople,
  districtsWithPeopleFrom,
  type GroupNames,
  groupNamesFrom,
  type ImpactPeople,
  type ImpactPerson,
  impactPeopleFrom,
  type TeamsOf,
  teamsOfFrom,
} from './impact-people';
export { organizationsRoutes } from './organizations.routes';
export { createPeopleService } from './people.service';
export { type PeopleInRoles, type PersonInRole, peopleInRolesFrom } from './people-in-roles';
export { type PeopleSchools, type PersonSchool, peopleSchoolsFrom } from './people-schools';
export { createSchoolsService } from './schools.service';
export { createTeamsService } from './teams.service';
