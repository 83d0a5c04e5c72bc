import type { Locale } from '../domain/roles';
import type { RuleId } from '../insights/ruleset';

/**
 * What each insight rule found, as the end of "Because your last plan … / Because 3 of your
 * recent plans …": [one plan, several plans]. The insight messages are questions about one plan,
 * so they cannot be reused here; the words follow docs/glossary.md.
 */
export const RULE_PHRASES: Record<Locale, Record<RuleId, readonly [string, string]>> = {
  en: {
    'objective.missing': ['had no objective', 'had no objective'],
    'objective.vague-verb': [
      'had an objective with a verb that is hard to observe',
      'had objectives with verbs that are hard to observe',
    ],
    'objective.no-student-frame': [
      'had an objective that did not say what students will do',
      'had objectives that did not say what students will do',
    ],
    'objective.too-many': [
      'had more objectives than one lesson can reach',
      'had more objectives than one lesson can reach',
    ],
    'objective.no-criterion': [
      'named no condition or degree for the objective',
      'named no condition or degree for the objectives',
    ],
    'success-criteria.missing': ['had no success criteria', 'had no success criteria'],
    'timing.missing-minutes': ['had segments without minutes', 'had segments without minutes'],
    'timing.mismatch': ['did not fit the period', 'did not fit the period'],
    'closure.missing': ['had no closure', 'had no closure'],
    'closure.too-short': ['had a very short closure', 'had a very short closure'],
    'cfu.missing': ['had no check for understanding', 'had no check for understanding'],
    'cfu.no-decision-rule': [
      'had a check for understanding without a decision rule',
      'had checks for understanding without a decision rule',
    ],
    'cfu.long-gap': [
      'had a long stretch without a check for understanding',
      'had long stretches without a check for understanding',
    ],
    'exit-ticket.missing': ['had no exit ticket', 'had no exit ticket'],
    'alignment.exit-ticket-objective': [
      'had an exit ticket that did not match the objective',
      'had exit tickets that did not match the objective',
    ],
    'alignment.bloom-gap': [
      'had an exit ticket asking for a different level of thinking than the objective',
      'had exit tickets asking for a different level of thinking than the objective',
    ],
    'talk.no-structure': ['had no structured student talk', 'had no structured student talk'],
    'talk.teacher-dominated': ['was mostly led by the teacher', 'were mostly led by the teacher'],
    'questions.no-higher-order': ['had no higher-order question', 'had no higher-order questions'],
    'supports.missing': ['planned no supports or extension', 'planned no supports or extension'],
    'supports.generic': [
      'had supports that named no group or specific scaffold',
      'had supports that named no group or specific scaffold',
    ],
    'carry-forward.unaddressed': [
      'did not pick up your note from the lesson before',
      'did not pick up your notes from the lesson before',
    ],
    'focus.absent': ['did not show your growth focus yet', 'did not show your growth focus yet'],
    'rationale.prompt': ['had choices without a written why', 'had choices without a written why'],
    'strength.measurable-objective': ['showed a measurable objective', 'showed measurable objectives'],
    'strength.aligned-exit-ticket': [
      'showed an exit ticket aligned with the objective',
      'showed exit tickets aligned with the objective',
    ],
    'strength.cfu-with-decision-rule': [
      'showed a check for understanding with a decision rule',
      'showed checks for understanding with a decision rule',
    ],
    'strength.structured-talk': ['showed structured student talk', 'showed structured student talk'],
    'strength.higher-order': ['showed a higher-order question', 'showed higher-order questions'],
    'strength.specific-supports': ['showed specific supports', 'showed specific supports'],
  },
  es: {
    'objective.missing': ['no tenía objetivo', 'no tenían objetivo'],
    'objective.vague-verb': [
      'tenía un objetivo con un verbo difícil de observar',
      'tenían objetivos con verbos difíciles de observar',
    ],
    'objective.no-student-frame': [
      'tenía un objetivo que no decía qué harán los estudiantes',
      'tenían objetivos que no decían qué harán los estudiantes',
    ],
    'objective.too-many': [
      'tenía más objetivos de los que caben en una clase',
      'tenían más objetivos de los que caben en una clase',
    ],
    'objective.no-criterion': [
      'no indicaba una condición o un grado para el objetivo',
      'no indicaban una condición o un grado para los objetivos',
    ],
    'success-criteria.missing': ['no tenía criterios de logro', 'no tenían criterios de logro'],
    'timing.missing-minutes': ['tenía momentos sin minutos', 'tenían momentos sin minutos'],
    'timing.mismatch': ['no calzaba con la duración de la clase', 'no calzaban con la duración de la clase'],
    'closure.missing': ['no tenía cierre', 'no tenían cierre'],
    'closure.too-short': ['tenía un cierre muy breve', 'tenían un cierre muy breve'],
    'cfu.missing': ['no tenía verificación de la comprensión', 'no tenían verificación de la comprensión'],
    'cfu.no-decision-rule': [
      'tenía una verificación de la comprensión sin regla de decisión',
      'tenían verificaciones de la comprensión sin regla de decisión',
    ],
    'cfu.long-gap': [
      'tenía un tramo largo sin verificación de la comprensión',
      'tenían tramos largos sin verificación de la comprensión',
    ],
    'exit-ticket.missing': ['no tenía ticket de salida', 'no tenían ticket de salida'],
    'alignment.exit-ticket-objective': [
      'tenía un ticket de salida que no coincidía con el objetivo',
      'tenían tickets de salida que no coincidían con el objetivo',
    ],
    'alignment.bloom-gap': [
      'tenía un ticket de salida que pedía otro nivel de pensamiento que el objetivo',
      'tenían tickets de salida que pedían otro nivel de pensamiento que el objetivo',
    ],
    'talk.no-structure': [
      'no tenía conversación estructurada entre estudiantes',
      'no tenían conversación estructurada entre estudiantes',
    ],
    'talk.teacher-dominated': [
      'se centraba casi siempre en la exposición docente',
      'se centraban casi siempre en la exposición docente',
    ],
    'questions.no-higher-order': ['no tenía preguntas de orden superior', 'no tenían preguntas de orden superior'],
    'supports.missing': ['no planificaba apoyos ni profundización', 'no planificaban apoyos ni profundización'],
    'supports.generic': [
      'tenía apoyos que no decían para quién ni con qué andamiaje',
      'tenían apoyos que no decían para quién ni con qué andamiaje',
    ],
    'carry-forward.unaddressed': [
      'no retomaba tu nota de la clase anterior',
      'no retomaban tus notas de la clase anterior',
    ],
    'focus.absent': ['aún no mostraba tu foco de crecimiento', 'aún no mostraban tu foco de crecimiento'],
    'rationale.prompt': ['tenía decisiones sin un porqué escrito', 'tenían decisiones sin un porqué escrito'],
    'strength.measurable-objective': ['mostraba un objetivo medible', 'mostraban objetivos medibles'],
    'strength.aligned-exit-ticket': [
      'mostraba un ticket de salida alineado con el objetivo',
      'mostraban tickets de salida alineados con el objetivo',
    ],
    'strength.cfu-with-decision-rule': [
      'mostraba una verificación de la comprensión con regla de decisión',
      'mostraban verificaciones de la comprensión con regla de decisión',
    ],
    'strength.structured-talk': [
      'mostraba conversación estructurada entre estudiantes',
      'mostraban conversación estructurada entre estudiantes',
    ],
    'strength.higher-order': ['mostraba una pregunta de orden superior', 'mostraban preguntas de orden superior'],
    'strength.specific-supports': ['mostraba apoyos específicos', 'mostraban apoyos específicos'],
  },
};
