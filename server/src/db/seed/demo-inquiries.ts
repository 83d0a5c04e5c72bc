import { inquiries, inquiryLinks } from '../../modules/inquiry/inquiry.table';
import type { Tx } from '../client';

/**
 * Two inquiries under way, one per demo teacher and language: Taylor is trying exit tickets with
 * sentence frames (prediction and evidence written, so "try" was allowed); the Spanish-speaking
 * teacher is still at "learn". Opened ten days ago: not yet due for the three-week nudge.
 */
export async function seedDemoInquiries(tx: Tx, organizationId: string, userId: (email: string) => string, now: Date) {
  const openedAt = new Date(now.getTime() - 10 * 86_400_000);
  const [taylor] = await tx
    .insert(inquiries)
    .values({
      organizationId,
      ownerId: userId('teacher@example.org'),
      question: 'If I use exit tickets with sentence frames, will my students explain their method in writing?',
      prediction: 'More than half of the class will explain their method, up from about a third.',
      evidence: [
        {
          kind: 'exit-ticket',
          description: 'Students who explain their method in the Friday exit ticket, of those present.',
        },
      ],
      stage: 'try',
      createdAt: openedAt,
      updatedAt: openedAt,
    })
    .returning();
  await tx.insert(inquiryLinks).values({
    organizationId,
    inquiryId: taylor!.id,
    kind: 'card',
    targetId: 'exit-tickets',
    createdBy: taylor!.ownerId,
    createdAt: openedAt,
  });
  await tx.insert(inquiries).values({
    organizationId,
    ownerId: userId('maestra@example.org'),
    question: 'Si modelo en voz alta cómo busco evidencia en el texto, ¿mis estudiantes citarán el texto al responder?',
    createdAt: openedAt,
    updatedAt: openedAt,
  });
}
