import type { Locale } from '../domain/roles';
import type { MissingIngredient } from './cascade';

/**
 * One sentence per situation, asking for the next level's missing ingredient (a question,
 * never a grade). Level 4 gets an affirming, forward-looking sentence instead.
 */
export type NudgeId =
  | 'reason'
  | 'reason-after-blame'
  | 'evidence'
  | 'weighing'
  | 'weighing-after-blame'
  | 'plan'
  | 'assumption-or-context'
  | 'affirm';

export const NUDGES: Readonly<Record<NudgeId, Readonly<Record<Locale, string>>>> = {
  reason: {
    en: 'You described what happened. Why do you think it went that way, and what did you decide or do that shaped it?',
    es: 'Describiste lo que pasó. ¿Por qué crees que resultó así, y qué decidiste o hiciste que influyó?',
  },
  'reason-after-blame': {
    en: 'You named what got in the way. Which part of it could your teaching influence, and what will you try next time?',
    es: 'Nombraste lo que dificultó la clase. ¿Qué parte podría cambiar con tu enseñanza, y qué probarás la próxima vez?',
  },
  evidence: {
    en: 'You explained why. What did students say or produce that shows it?',
    es: 'Explicaste por qué. ¿Qué dijeron o produjeron tus estudiantes que lo muestre?',
  },
  weighing: {
    en: 'You have student evidence. What else might explain what you saw, or how might a student see it?',
    es: 'Tienes evidencia de tus estudiantes. ¿Qué otra explicación podría tener lo que viste, o cómo lo vería un estudiante?',
  },
  'weighing-after-blame': {
    en: 'Besides the students or the circumstances, what in the lesson itself might explain what you saw?',
    es: 'Además de los estudiantes o las circunstancias, ¿qué de la propia clase podría explicar lo que viste?',
  },
  plan: {
    en: 'You weighed the evidence. What exactly will you do next time, and how will you know it worked?',
    es: 'Analizaste la evidencia. ¿Qué harás concretamente la próxima vez, y cómo sabrás si funcionó?',
  },
  'assumption-or-context': {
    en: 'You weighed evidence and alternatives. What had you assumed about these students, or what in their wider context shaped this for them?',
    es: 'Consideraste evidencia y alternativas. ¿Qué suponías sobre estos estudiantes, o qué de su contexto más amplio influyó en lo que vivieron?',
  },
  affirm: {
    en: 'You questioned your own assumptions and connected them to your students; keep testing that idea next lesson and notice who it reaches.',
    es: 'Cuestionaste tus propios supuestos y los conectaste con tus estudiantes; sigue poniendo a prueba esa idea en la próxima clase y observa a quién llega.',
  },
};

export function nudgeFor(missing: MissingIngredient, heldByBlame: boolean, blame: boolean): NudgeId {
  switch (missing) {
    case 'reason':
      return blame ? 'reason-after-blame' : 'reason';
    case 'evidence':
      return 'evidence';
    case 'weighing':
      return heldByBlame ? 'weighing-after-blame' : 'weighing';
    case 'plan':
      return 'plan';
    case 'assumption-or-context':
      return 'assumption-or-context';
    case 'none':
      return 'affirm';
  }
}
