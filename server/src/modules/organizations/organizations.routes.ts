import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Id, IdParams, ListQuery, listOf } from '#core/contracts/common';
import {
  InviteUserBody,
  Membership,
  Organization,
  OrganizationSettingsBody,
  RoleAssignment,
  School,
  SchoolBody,
  Team,
  TeamBody,
  TeamMemberBody,
  TeamMemberParams,
  UpdateTeamBody,
  User,
  UserListQuery,
} from '#core/contracts/organizations';
import { actorOf } from '../../platform/http/auth.plugin';
import type { createPeopleService } from './people.service';
import type { createSchoolsService } from './schools.service';
import type { createTeamsService } from './teams.service';

type Options = {
  schools: ReturnType<typeof createSchoolsService>;
  people: ReturnType<typeof createPeopleService>;
  teams: ReturnType<typeof createTeamsService>;
};

export const organizationsRoutes: FastifyPluginAsyncZod<Options> = async (app, { schools, people, teams }) => {
  app.get(
    '/organization',
    { schema: { tags: ['organization'], summary: 'Your organization', response: { 200: Organization } } },
    async (request) => schools.organization(actorOf(request)),
  );
  app.patch(
    '/organization',
    {
      schema: {
        tags: ['organization'],
        summary: 'Change district settings (district admins)',
        body: OrganizationSettingsBody,
        response: { 200: Organization },
      },
    },
    async (request) => schools.updateSettings(actorOf(request), request.body),
  );

  // ── schools ──
  const schoolTags = ['schools'];
  app.get(
    '/schools',
    { schema: { tags: schoolTags, querystring: ListQuery, response: { 200: listOf(School) } } },
    async (request) => schools.list(actorOf(request), request.query),
  );
  app.post(
    '/schools',
    { schema: { tags: schoolTags, body: SchoolBody, response: { 201: School } } },
    async (request, reply) => reply.code(201).send(await schools.create(actorOf(request), request.body)),
  );
  app.patch(
    '/schools/:id',
    { schema: { tags: schoolTags, params: IdParams, body: SchoolBody, response: { 200: School } } },
    async (request) => schools.rename(actorOf(request), request.params.id, request.body),
  );

  // ── people ──
  const peopleTags = ['people'];
  app.get(
    '/users',
    { schema: { tags: peopleTags, querystring: UserListQuery, response: { 200: listOf(User) } } },
    async (request) => people.list(actorOf(request), request.query),
  );
  app.post(
    '/users/invitations',
    {
      schema: {
        tags: peopleTags,
        summary: 'Invite a person by email (7-day link)',
        body: InviteUserBody,
        response: { 201: User },
      },
    },
    async (request, reply) => reply.code(201).send(await people.invite(actorOf(request), request.body)),
  );
  app.get('/users/:id', { schema: { tags: peopleTags, params: IdParams, response: { 200: User } } }, async (request) =>
    people.get(actorOf(request), request.params.id),
  );
  app.post(
    '/users/:id/invitations',
    {
      schema: {
        tags: peopleTags,
        summary: 'Send the invitation again',
        params: IdParams,
        response: { 202: z.object({}) },
      },
    },
    async (request, reply) => {
      await people.resendInvitation(actorOf(request), request.params.id);
      return reply.code(202).send({});
    },
  );
  app.post(
    '/users/:id/roles',
    { schema: { tags: peopleTags, params: IdParams, body: RoleAssignment, response: { 201: Membership } } },
    async (request, reply) =>
      reply.code(201).send(await people.addRole(actorOf(request), request.params.id, request.body)),
  );
  app.delete(
    '/users/:id/roles/:membershipId',
    { schema: { tags: peopleTags, params: z.object({ id: Id, membershipId: Id }), response: { 204: z.null() } } },
    async (request, reply) => {
      await people.removeRole(actorOf(request), request.params.id, request.params.membershipId);
      return reply.code(204).send(null);
    },
  );
  app.post(
    '/users/:id/deactivate',
    {
      schema: { tags: peopleTags, summary: 'End access; their data stays', params: IdParams, response: { 200: User } },
    },
    async (request) => people.setActive(actorOf(request), request.params.id, false),
  );
  app.post(
    '/users/:id/reactivate',
    { schema: { tags: peopleTags, params: IdParams, response: { 200: User } } },
    async (request) => people.setActive(actorOf(request), request.params.id, true),
  );

  // ── teams ──
  const teamTags = ['teams'];
  app.get(
    '/teams',
    { schema: { tags: teamTags, querystring: ListQuery, response: { 200: listOf(Team) } } },
    async (request) => teams.list(actorOf(request), request.query),
  );
  app.post('/teams', { schema: { tags: teamTags, body: TeamBody, response: { 201: Team } } }, async (request, reply) =>
    reply.code(201).send(await teams.create(actorOf(request), request.body)),
  );
  app.get('/teams/:id', { schema: { tags: teamTags, params: IdParams, response: { 200: Team } } }, async (request) =>
    teams.get(actorOf(request), request.params.id),
  );
  app.patch(
    '/teams/:id',
    {
      schema: {
        tags: teamTags,
        summary: 'Change a team’s name, type or cadence (its managers and its lead)',
        params: IdParams,
        body: UpdateTeamBody,
        response: { 200: Team },
      },
    },
    async (request) => teams.update(actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/teams/:id/members',
    { schema: { tags: teamTags, params: IdParams, body: TeamMemberBody, response: { 201: Team } } },
    async (request, reply) =>
      reply.code(201).send(await teams.addMember(actorOf(request), request.params.id, request.body)),
  );
  app.delete(
    '/teams/:id/members/:userId',
    { schema: { tags: teamTags, params: TeamMemberParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await teams.removeMember(actorOf(request), request.params.id, request.params.userId);
      return reply.code(204).send(null);
    },
  );
};
