import { and, eq } from 'drizzle-orm';
import { teams } from '../../modules/organizations/organizations.table';
import { sectionComments, units } from '../../modules/units/units.table';
import type { Tx } from '../client';

/**
 * A unit for each language's demo team, with a teammate's comment that mentions the lead, so the
 * units page and its comments have something to show. (Student work needs a file: none is seeded.)
 */
export async function seedDemoUnits(tx: Tx, organizationId: string, userId: (email: string) => string) {
  const teamId = async (name: string) => {
    const [row] = await tx
      .select({ id: teams.id })
      .from(teams)
      .where(and(eq(teams.organizationId, organizationId), eq(teams.name, name)));
    return row!.id;
  };
  const [math] = await tx
    .insert(units)
    .values({
      organizationId,
      teamId: await teamId('Grade 7 Math'),
      title: 'Proportional relationships',
      standards: ['CCSS.MATH.CONTENT.7.RP.A.1', 'CCSS.MATH.CONTENT.7.RP.A.2'],
      bigIdeas: [
        'A proportional relationship keeps the same ratio between two quantities.',
        'Tables, graphs and equations show the same relationship in different ways.',
      ],
      assessments: ['Mid-unit quiz on unit rates', 'End-of-unit task: comparing phone plans'],
      sequence: [
        { title: 'Unit rates with fractions', planId: null },
        { title: 'Is it proportional? Tables', planId: null },
        { title: 'Graphs through the origin', planId: null },
        { title: 'Writing y = kx', planId: null },
      ],
      curriculumSource: 'District scope and sequence, grade 7, unit 2',
      createdBy: userId('teacher@example.org'),
    })
    .returning();
  await tx.insert(sectionComments).values({
    organizationId,
    targetType: 'unit',
    targetId: math!.id,
    section: 'sequence.2',
    body: '@Taylor Teacher should we move graphs before tables? My students found the picture easier.',
    authorId: userId('jordan.lee@example.org'),
    mentionIds: [userId('teacher@example.org')],
  });
  await tx.insert(units).values({
    organizationId,
    teamId: await teamId('Equipo de Lectura 3.º'),
    title: 'Leer para aprender: textos informativos',
    standards: ['Lectura 3.º: idea principal y detalles'],
    bigIdeas: ['Los textos informativos se organizan para que encontremos la información.'],
    assessments: ['Organizador gráfico de idea principal y detalles'],
    sequence: [
      { title: 'Características del texto informativo', planId: null },
      { title: 'Idea principal y detalles', planId: null },
    ],
    curriculumSource: 'Programa de Lenguaje, 3.º básico',
    createdBy: userId('maestra@example.org'),
  });
}
