import { eq } from 'drizzle-orm';
import { draftCoding } from '../../modules/communities/coding';
import {
  communities,
  communityFollows,
  communityMembers,
  communityOrganizations,
  communityPosts,
  communityThreads,
} from '../../modules/communities/communities.table';
import { organizations } from '../../modules/organizations/organizations.table';
import type { Tx } from '../client';

const FACILITATOR = 'coach@example.org';
const MEMBERS = [
  'teacher@example.org',
  'jordan.lee@example.org',
  'sam.okafor@example.org',
  'priya.nair@example.org',
  'chris.walker@example.org',
  'mei.chen@example.org',
];

/** [author, text]: nine posts that share ideas but never pull them together — the CoI view flags it. */
const STUCK: [string, string][] = [
  [
    'teacher@example.org',
    'I keep wondering why my Grade 7 students can fill in a ratio table but cannot say what the numbers mean. Has anyone seen this?',
  ],
  ['jordan.lee@example.org', 'Same here. In my class they copy the pattern down the column without thinking about it.'],
  ['sam.okafor@example.org', 'One thing I use is a double number line drawn on the board before the table.'],
  ['priya.nair@example.org', 'We tried recipe problems: doubling a pancake recipe for the whole class.'],
  ['chris.walker@example.org', 'Maybe it is the wording of the task? I sometimes give tables with no context at all.'],
  ['mei.chen@example.org', 'I found a video about tape diagrams, here is the link from our library.'],
  ['jordan.lee@example.org', 'My students like the shopping context better than recipes, prices per kilo.'],
  ['sam.okafor@example.org', 'Another idea: let them make their own table from a photo of a price tag.'],
  [
    'priya.nair@example.org',
    'We tried a gallery walk of tables too, students shared what they noticed about each one.',
  ],
];

/** A thread that moves from a question through ideas to a tested answer. */
const HEALTHY: [string, string][] = [
  [
    'mei.chen@example.org',
    'I keep wondering why exit tickets on unit rates come back with the division the wrong way round. Has anyone seen this?',
  ],
  ['chris.walker@example.org', 'One thing I use is asking "how much for one?" out loud before any numbers.'],
  [
    'teacher@example.org',
    'Building on Chris’s question and the unit labels we discussed, I think the common thread is that students never connect the numbers to a quantity. So combining the two: say "per one" and write the unit first.',
  ],
  [
    'mei.chen@example.org',
    'I applied this on Tuesday: every answer got a unit label before any numbers. 21 of 26 exit tickets were right, up from 9. It worked, and I will keep it.',
  ],
];

/**
 * A community of inquiry at the demo district, facilitated by the demo coach (who is also the
 * district's facilitator), with a thread stuck in exploration — so the CoI flag shows — and a
 * healthier one. Posts are coded by core/coi as they would be through the app.
 */
export async function seedDemoCommunities(
  tx: Tx,
  organizationId: string,
  userId: (email: string) => string,
  now: Date,
) {
  await tx.update(organizations).set({ country: 'US' }).where(eq(organizations.id, organizationId));
  const facilitator = userId(FACILITATOR);
  const [community] = await tx
    .insert(communities)
    .values({
      organizationId,
      name: 'Proportional reasoning, grades 6–8',
      description: 'Middle-school maths teachers trying ideas for ratios and rates, and bringing back what happened.',
      createdBy: facilitator,
      createdAt: new Date(now.getTime() - 21 * 86_400_000),
    })
    .returning();
  const communityId = community!.id;
  await tx.insert(communityOrganizations).values({ organizationId, communityId, addedBy: facilitator });
  await tx
    .insert(communityMembers)
    .values([
      { organizationId, communityId, userId: facilitator, role: 'facilitator' as const },
      ...MEMBERS.map((email) => ({ organizationId, communityId, userId: userId(email), role: 'member' as const })),
    ]);

  const thread = async (title: string, posts: [string, string][], startDaysAgo: number) => {
    const start = now.getTime() - startDaysAgo * 86_400_000;
    const at = (i: number) => new Date(start + i * 7 * 3_600_000);
    const [row] = await tx
      .insert(communityThreads)
      .values({
        organizationId,
        communityId,
        authorId: userId(posts[0]![0]),
        title,
        lastPostAt: at(posts.length - 1),
        createdAt: at(0),
      })
      .returning();
    await tx.insert(communityPosts).values(
      posts.map(([email, body], i) => ({
        organizationId,
        threadId: row!.id,
        opening: i === 0,
        authorId: userId(email),
        authorIsFacilitator: email === FACILITATOR,
        body,
        createdAt: at(i),
        ...draftCoding(body, 'en', i > 0, email === FACILITATOR),
      })),
    );
    const authors = [...new Set(posts.map(([email]) => userId(email)))];
    await tx.insert(communityFollows).values(authors.map((id) => ({ organizationId, threadId: row!.id, userId: id })));
  };
  await thread('Unit rates the wrong way round', HEALTHY, 6);
  await thread('Ratio tables students can fill but not explain', STUCK, 4);
}
