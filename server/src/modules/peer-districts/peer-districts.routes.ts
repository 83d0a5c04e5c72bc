import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ComparisonQuery, PeerComparison, PeerProfile, PeerProfileBody } from '#core/contracts/peer-districts';
import { actorOf } from '../../platform/http/auth.plugin';
import type { PeerDistrictsService } from './peer-districts.service';

const tags = ['peer-districts'];

export const peerDistrictsRoutes: FastifyPluginAsyncZod<{ peerDistricts: PeerDistrictsService }> = async (
  app,
  { peerDistricts },
) => {
  app.get(
    '/peer-districts/profile',
    {
      schema: {
        tags,
        summary: "Your district's context and opt-in for districts like yours (district admins)",
        response: { 200: PeerProfile },
      },
    },
    async (request) => peerDistricts.getProfile(actorOf(request)),
  );
  app.put(
    '/peer-districts/profile',
    {
      schema: {
        tags,
        summary: 'Save the context and opt in or out; opting out leaves every comparison at once (district admins)',
        body: PeerProfileBody,
        response: { 200: PeerProfile },
      },
    },
    async (request) => peerDistricts.saveProfile(actorOf(request), request.body),
  );
  app.get(
    '/peer-districts/comparison',
    {
      schema: {
        tags,
        summary:
          'Your indicators beside the median and middle half of at least 5 similar opted-in districts (admins, school leaders)',
        querystring: ComparisonQuery,
        response: { 200: PeerComparison },
      },
    },
    async (request) => peerDistricts.comparison(actorOf(request), request.query.schoolYear),
  );
};
