import type { MetricId } from './metrics';

/**
 * The built-in pulse items (PEDAGOGY.md §6, "from short surveys"): each a Likert 1–5 statement
 * feeding one level's pulse metric. An admin picks 3–5 for an initiative's pulse.
 */
export type PulseItem = { id: string; metric: MetricId; text: { en: string; es: string } };

export const PULSE_ITEMS: readonly PulseItem[] = [
  {
    id: 'reaction.worth-time',
    metric: 'l1.pulse-reaction',
    text: {
      en: 'The professional learning for this initiative was worth my time.',
      es: 'El aprendizaje profesional de esta iniciativa valió mi tiempo.',
    },
  },
  {
    id: 'reaction.relevant',
    metric: 'l1.pulse-reaction',
    text: {
      en: 'What we worked on is relevant to my students.',
      es: 'Lo que trabajamos es pertinente para mis estudiantes.',
    },
  },
  {
    id: 'efficacy.confident',
    metric: 'l2.pulse-self-efficacy',
    text: {
      en: 'I feel confident using the target practices in my lessons.',
      es: 'Me siento con confianza para usar las prácticas priorizadas en mis clases.',
    },
  },
  {
    id: 'efficacy.know-how',
    metric: 'l2.pulse-self-efficacy',
    text: {
      en: 'I know what good use of these practices looks like.',
      es: 'Sé cómo se ve un buen uso de estas prácticas.',
    },
  },
  {
    id: 'support.time',
    metric: 'l3.pulse-support',
    text: {
      en: 'I have the time I need to work on these practices with colleagues.',
      es: 'Tengo el tiempo que necesito para trabajar estas prácticas con colegas.',
    },
  },
  {
    id: 'support.feedback',
    metric: 'l3.pulse-support',
    text: {
      en: 'I get useful feedback on how I use these practices.',
      es: 'Recibo retroalimentación útil sobre cómo uso estas prácticas.',
    },
  },
  {
    id: 'use.routine',
    metric: 'l4.pulse-levels-of-use',
    text: {
      en: 'Using these practices has become routine in my classes.',
      es: 'Usar estas prácticas se ha vuelto habitual en mis clases.',
    },
  },
  {
    id: 'use.adapting',
    metric: 'l4.pulse-levels-of-use',
    text: {
      en: 'I adapt these practices to what my students need.',
      es: 'Adapto estas prácticas a lo que necesitan mis estudiantes.',
    },
  },
];

export const PULSE_ITEM_IDS = PULSE_ITEMS.map((item) => item.id) as [string, ...string[]];
export const pulseItemById = (id: string) => PULSE_ITEMS.find((item) => item.id === id);
