import { peerOffers } from '../../modules/peer-learning/peer-learning.table';
import type { Tx } from '../client';

/**
 * Two colleagues at Lincoln Middle School who offered to be learned from (adr/0009), on practices
 * teacher@'s plans ask for (checks for understanding, student talk), so Taylor Teacher meets a peer
 * among the suggestions on Home. teacher@ and maestra@ publish nothing: they start with it off.
 */
export async function seedDemoPeerLearning(tx: Tx, organizationId: string, userId: (email: string) => string) {
  await tx.insert(peerOffers).values([
    {
      organizationId,
      userId: userId('sam.okafor@example.org'),
      practiceTags: ['checks-for-understanding', 'closure'],
      note: 'Happy to have visitors in 3rd period: I use mini-whiteboards and exit tickets every day.',
      open: true,
    },
    {
      organizationId,
      userId: userId('jordan.lee@example.org'),
      practiceTags: ['student-talk', 'questioning'],
      note: null,
      open: true,
    },
  ]);
}
