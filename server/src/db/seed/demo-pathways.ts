import { pathwaySteps, pathways } from '../../modules/pathways/pathways.table';
import type { Tx } from '../client';

/** Built-in library cards (slugs), in the order a new teacher meets them. */
const CARDS = [
  'measurable-objectives',
  'success-criteria',
  'checks-for-understanding',
  'hinge-questions',
  'exit-tickets',
];

/**
 * "New teacher essentials / Primeros pasos": five starter cards and a task, published by the demo
 * coach, in English and Spanish. Nobody is enrolled, so it shows among teachers' recommendations.
 */
export async function seedDemoPathways(tx: Tx, organizationId: string, userId: (email: string) => string) {
  const [pathway] = await tx
    .insert(pathways)
    .values({
      organizationId,
      createdBy: userId('coach@example.org'),
      title: { en: 'New teacher essentials', es: 'Primeros pasos' },
      description: {
        en: 'Five short reads for your first weeks: clear goals, checking what students understood, and closing the lesson. Then try one in a lesson.',
        es: 'Cinco lecturas breves para tus primeras semanas: objetivos claros, comprobar lo que entendieron y cerrar la clase. Después, prueba una en clase.',
      },
      audience: 'new_teachers',
      status: 'published',
    })
    .returning();
  await tx.insert(pathwaySteps).values([
    ...CARDS.map((cardSlug, position) => ({
      organizationId,
      pathwayId: pathway!.id,
      position,
      kind: 'card' as const,
      cardSlug,
    })),
    {
      organizationId,
      pathwayId: pathway!.id,
      position: CARDS.length,
      kind: 'task' as const,
      title: { en: 'Try it in a lesson', es: 'Pruébalo en una clase' },
      instructions: {
        en: 'Plan a lesson using one of these cards, teach it, and mark “I tried it” on the card, linked to your plan.',
        es: 'Planifica una clase con una de estas fichas, impártela y marca «Lo probé» en la ficha, vinculada a tu plan.',
      },
    },
  ]);
}
