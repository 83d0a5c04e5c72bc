import type { BloomLevel } from '../lexicons/types';
import type { RuleId } from '../ruleset';
import type { partsEn } from './en';

/** Mensajes en español: preguntas y sugerencias, nunca calificaciones. */
export const messagesEs: Record<RuleId, string> = {
  'objective.missing':
    '¿Qué deberían poder hacer los estudiantes al final de esta clase? Escribirlo como objetivo ayuda a alinear todo lo demás.',
  'objective.vague-verb':
    '¿Cómo verás que los estudiantes «{verb}»? Un verbo observable (explicar, comparar, resolver, justificar…) mostraría qué observar.',
  'objective.no-student-frame':
    'Este objetivo parece describir {what}. ¿Qué harán los estudiantes? ¿Podrías empezar con «Los estudiantes…» o «Puedo…»?',
  'objective.too-many':
    'Esta clase tiene {count}. ¿Podrías centrarte en uno o dos, para que las comprobaciones y el ticket de salida los sigan?',
  'objective.no-criterion':
    '¿Cómo sabrás que se logró el objetivo? Una condición o un grado («dado…», «usando…», «3 de 4 correctas», «según la rúbrica») lo haría visible.',
  'success-criteria.missing':
    'Considera agregar criterios de logro: dos o tres frases «Puedo…» que los estudiantes usen para revisar su propio trabajo.',
  'timing.missing-minutes': 'Considera indicar los minutos de {count} para ver si el plan cabe en la sesión.',
  'timing.mismatch':
    'Los momentos suman {sum} minutos para una sesión de {period} minutos. ¿Qué parte alargarías o recortarías?',
  'closure.missing':
    'Considera planificar un cierre en el que sean los estudiantes, y no el docente, quienes sinteticen lo aprendido.',
  'closure.too-short':
    'El cierre tiene {minutes} minutos. ¿Alcanza para que los estudiantes hagan la síntesis? El cierre suele ser lo primero que se pierde cuando falta tiempo.',
  'cfu.missing':
    '¿Dónde comprobarás que los estudiantes comprenden antes de {when}? Una pregunta bisagra o pizarritas te lo dirían.',
  'cfu.no-decision-rule':
    '¿Qué harás con el resultado de «{check}»? Una regla de decisión («si menos del 70 % acierta, vuelvo a explicar con…») hace que la comprobación sirva.',
  'cfu.long-gap':
    'Pasan unos {minutes} minutos sin comprobar la comprensión ({segments}). ¿Dónde cabría una comprobación rápida?',
  'exit-ticket.missing':
    'Considera agregar un ticket de salida: una pregunta breve ligada al objetivo te dice quién está listo para mañana.',
  'alignment.exit-ticket-objective':
    'El ticket de salida no comparte palabras clave con el objetivo ({terms}). ¿Mide lo que nombra el objetivo?',
  'alignment.bloom-gap':
    'El objetivo pide {objectiveVerb} ({objectiveLevels}); el ticket de salida pide {ticketVerb} ({ticketLevels}). ¿Podría el ticket pedir el mismo nivel de pensamiento?',
  'talk.no-structure':
    '¿Dónde conversarán los estudiantes entre sí sobre el contenido? Una rutina como «gira y conversa» o «piensa, comparte en pareja» da un turno a cada estudiante.',
  'talk.teacher-dominated':
    'Cerca del {percent} % de los minutos son momentos con todo el grupo dirigidos por el docente. ¿Dónde podrían los estudiantes pensar y hablar más?',
  'questions.no-higher-order':
    '¿Qué pregunta planificada pide a los estudiantes explicar por qué o cómo, comparar, justificar o evaluar? Una sola puede profundizar la discusión.',
  'supports.missing':
    '¿Quién podría necesitar apoyo o extensión en esta clase (idioma, adecuaciones, quienes terminan antes)? ¿Qué planificarás para ellos?',
  'supports.generic':
    '«{support}» no nombra un grupo ni un andamiaje concreto. ¿Para quién es y qué recibirá exactamente (marcos de oración, banco de palabras, ejemplo resuelto…)?',
  'carry-forward.unaddressed': 'Después de la última clase escribiste «{nextTime}». ¿Dónde retoma eso este plan?',
  'focus.absent':
    'Tu foco de crecimiento ({practice}) todavía no se ve en este plan. ¿Dónde podrías probarlo ({terms})?',
  'rationale.prompt':
    '¿Por qué elegiste {decision}? Una línea de «por qué» te ayuda a ti y a tus colegas a aprender de la clase.',
  'strength.measurable-objective':
    'El objetivo nombra una acción observable y cómo se juzgará el logro: «{objective}».',
  'strength.aligned-exit-ticket':
    'El ticket de salida comprueba directamente el objetivo (términos compartidos: {terms}).',
  'strength.cfu-with-decision-rule':
    'La comprobación «{check}» tiene una regla de decisión: su resultado cambiará lo que sigue.',
  'strength.structured-talk':
    'Los estudiantes conversan con una rutina estructurada ({routine}): cada voz tiene su turno.',
  'strength.higher-order': 'El plan incluye una pregunta de orden superior: «{question}».',
  'strength.specific-supports': 'Los apoyos nombran para quién son y un andamiaje concreto: «{support}».',
};

export const partsEs: typeof partsEn = {
  bloom: {
    remember: 'Recordar',
    understand: 'Comprender',
    apply: 'Aplicar',
    analyze: 'Analizar',
    evaluate: 'Evaluar',
    create: 'Crear',
  } satisfies Record<BloomLevel, string>,
  teacherActivity: 'algo que hace el docente',
  activity: 'una actividad o un tema',
  objectivesCount: '{n} objetivos',
  verbsCount: 'un objetivo con {n} verbos de acción',
  segmentsCount: '{n} momentos',
  independentPractice: 'la práctica independiente',
  endOfLesson: 'terminar la clase',
  decisionObjective: 'este objetivo',
  decisionCfu: 'esta comprobación de la comprensión',
  decisionGrouping: 'trabajar el momento más largo {grouping}',
  groupings: {
    'whole-class': 'con todo el grupo',
    'small-groups': 'en grupos pequeños',
    pairs: 'en parejas',
    individual: 'de forma individual',
  },
  absent: {
    objectives: 'No hay objetivo escrito.',
    successCriteria: 'No hay criterios de logro.',
    criterion: 'Ningún objetivo ni criterio de logro indica condición o grado.',
    closure: 'No hay momento de tipo cierre ni cierre en los textos.',
    cfu: 'No hay comprobación de la comprensión antes de este punto.',
    exitTicket: 'No hay ticket de salida ni evaluación final.',
    talk: 'No hay rutina estructurada de conversación entre estudiantes.',
    higherOrder: 'No hay pregunta de por qué/cómo/comparar/justificar/evaluar en los momentos ni en el ticket.',
    supports: 'No hay apoyos.',
    minutes: 'Sin minutos.',
    rationale: 'No hay nota de «por qué» para esta decisión.',
    focus: 'Ningún término de observación aparece en el plan.',
    carry: 'No comparte palabras de contenido con este plan.',
  },
  sum: 'Los momentos suman {sum} min.',
  period: '{period} min',
};
