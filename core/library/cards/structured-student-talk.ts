import type { StrategyCard } from '../card';

export const en: StrategyCard = {
  id: 'structured-student-talk',
  locale: 'en',
  title: 'Structured student talk',
  summary:
    'Give every student a reason, a partner, a time limit and a sentence starter to talk about the content. Structured talk turns "discuss with your group" into thinking you can hear.',
  minutes: 4,
  body: `"Discuss with your group" often means one student talks, two listen, and one thinks about lunch. Structured talk fixes this with a few simple rules: **a clear question, a partner, a time limit, a way to start, and a way to report back.**

**Think-pair-share.** Ask the question. Give 20–30 seconds of silent thinking (or writing). Then partners share: "Partner A speaks first, partner B adds on or disagrees." Finally, call on a few pairs. The silent time is what lets slower processors and language learners join in.

**Turn and talk.** A shorter version for the middle of an explanation: "Turn to your partner: what do you predict will happen, and why? You have one minute." Walk around and listen; what you hear is a free check for understanding.

**Sentence starters.** Post a few starters that push students to reason and listen:
- "I think… because…"
- "I agree with… and I want to add…"
- "I see it differently, because…"
- "Can you say more about…?"
- "What is your evidence?"

**Assign roles when groups are bigger.** In groups of three or four: a reader, a questioner, a recorder, a reporter. Rotate roles so each student practises each one.

**Report back with accountability.** Instead of "who wants to share?", say "I will call on someone from any pair, so be ready to explain your partner's idea." Students listen harder when they might have to retell what someone else said.

**Your moves during whole-class talk.** Say back what a student said ("So you're saying…?"), ask others to restate it, ask who agrees or disagrees and why, and press for reasoning ("How do you know?"). These moves keep the talk about ideas, not about who is right.

Start small: one well-run turn-and-talk in tomorrow's lesson is better than a long discussion without structure.`,
  whyItWorks: `**Accountable Talk**, developed by Lauren Resnick, Sarah Michaels and Catherine O'Connor, describes talk that is accountable to the learning community, to accurate knowledge and to rigorous thinking, and names teacher moves such as revoicing, asking students to restate, and pressing for reasoning. **Neil Mercer's** research on "exploratory talk" shows the value of explicit ground rules for reasoning together. Think-pair-share is usually credited to **Frank Lyman**. In **John Hattie's** synthesis of meta-analyses, classroom discussion appears among the more promising influences, though such rankings should be read with care.`,
  steps: [
    'Pick one question in tomorrow’s lesson that has more than one reasonable answer.',
    'Plan think time (20–30 seconds), then a partner share with a time limit.',
    'Post two or three sentence starters where everyone can see them.',
    'Say who speaks first and tell students you may ask them to explain their partner’s idea.',
    'Walk and listen during the talk; call on two or three pairs afterwards.',
  ],
  example:
    'History, grade 8: "Was the invention of the printing press more important for religion or for science? Think for 30 seconds. Partner A starts with ‘I think… because…’. Partner B responds with ‘I agree and…’ or ‘I see it differently because…’. Two minutes." The teacher then asks three students to summarise their partner’s argument.',
  gradeBands: {
    'K-2':
      'Use "knee-to-knee, eye-to-eye" partners and one sentence starter; model a good turn with a puppet or a student.',
    '3-5': 'Teach one talk move per week (adding on, disagreeing politely) and notice it aloud when students use it.',
    '6-8': 'Use roles in groups of four and a short self-check on whether everyone spoke.',
    '9-12':
      'Use structured academic controversy or a short seminar with evidence from a text, and debrief the quality of the talk.',
  },
  practiceTags: ['student-talk', 'questioning'],
  subjects: ['all'],
};

export const es: StrategyCard = {
  id: 'structured-student-talk',
  locale: 'es',
  title: 'Conversación estructurada entre estudiantes',
  summary:
    'Dé a cada estudiante un motivo, una pareja, un tiempo y una frase de inicio para hablar del contenido. La conversación estructurada convierte el "comenten en grupo" en pensamiento que se puede escuchar.',
  minutes: 4,
  body: `"Comenten en grupo" muchas veces significa que uno habla, dos escuchan y otro piensa en el recreo. La conversación estructurada resuelve esto con unas pocas reglas: **una pregunta clara, una pareja, un tiempo límite, una forma de empezar y una forma de compartir.**

**Pensar, conversar en parejas y compartir.** Haga la pregunta. Dé entre 20 y 30 segundos para pensar en silencio (o escribir). Luego conversan en parejas: "Habla primero A; B agrega o discrepa". Al final, pida a algunas parejas que compartan. El tiempo en silencio es lo que permite participar a quienes piensan más despacio y a quienes aprenden en otra lengua.

**Conversación rápida con el compañero.** Una versión corta para la mitad de una explicación: "Con tu compañero: ¿qué creen que pasará y por qué? Tienen un minuto". Recorra la sala y escuche; lo que oiga es una verificación de la comprensión gratuita.

**Frases de inicio.** Deje a la vista algunas frases que inviten a razonar y a escuchar:
- "Yo pienso que… porque…"
- "Estoy de acuerdo con… y quiero agregar…"
- "Yo lo veo distinto, porque…"
- "¿Puedes explicar un poco más…?"
- "¿En qué te basas?"

**Asigne roles en grupos más grandes.** En grupos de tres o cuatro: quien lee, quien pregunta, quien registra y quien comunica. Rote los roles para que todos practiquen cada uno.

**Comparta con responsabilidad.** En lugar de "¿quién quiere compartir?", diga "voy a llamar a alguien de cualquier pareja, prepárense para explicar la idea de su compañero". Se escucha con más atención cuando quizás haya que contar lo que dijo otra persona.

**Sus intervenciones en la conversación con todo el grupo.** Repita con sus palabras lo que dijo un estudiante ("¿Entonces dices que…?"), pida a otros que lo reformulen, pregunte quién está de acuerdo o no y por qué, y pida razones ("¿Cómo lo sabes?"). Así la conversación gira en torno a las ideas y no a quién tiene la razón.

Empiece en pequeño: una conversación en parejas bien organizada mañana vale más que un debate largo sin estructura.`,
  whyItWorks: `La propuesta de **Accountable Talk** (conversación responsable), desarrollada por Lauren Resnick, Sarah Michaels y Catherine O'Connor, describe una conversación que rinde cuentas a la comunidad de aprendizaje, al conocimiento preciso y al pensamiento riguroso, y nombra intervenciones docentes como reformular, pedir que otro repita y exigir razones. Las investigaciones de **Neil Mercer** sobre la "conversación exploratoria" muestran el valor de acordar reglas explícitas para razonar juntos. La técnica pensar-conversar-compartir suele atribuirse a **Frank Lyman**. En la síntesis de metaanálisis de **John Hattie**, la discusión en clase aparece entre las influencias prometedoras, aunque esos rankings deben leerse con cautela.`,
  steps: [
    'Elija una pregunta de la clase de mañana que admita más de una respuesta razonable.',
    'Planifique tiempo para pensar (20 a 30 segundos) y luego la conversación en parejas con tiempo límite.',
    'Escriba dos o tres frases de inicio donde todos las vean.',
    'Indique quién habla primero y avise que podrá pedirles explicar la idea de su pareja.',
    'Recorra y escuche durante la conversación; después llame a dos o tres parejas.',
  ],
  example:
    'Historia, 8.º grado: "¿La imprenta fue más importante para la religión o para la ciencia? Piensen 30 segundos. A empieza con ‘Yo pienso que… porque…’. B responde con ‘Estoy de acuerdo y…’ o ‘Lo veo distinto porque…’. Dos minutos". Luego el docente pide a tres estudiantes que resuman el argumento de su pareja.',
  gradeBands: {
    'K-2':
      'Parejas "rodilla con rodilla, mirada con mirada" y una sola frase de inicio; modele un buen turno con un títere o un estudiante.',
    '3-5': 'Enseñe una intervención por semana (agregar, discrepar con respeto) y nómbrela cuando alguien la use.',
    '6-8': 'Use roles en grupos de cuatro y una autoevaluación breve sobre si todos hablaron.',
    '9-12':
      'Organice una controversia académica o un seminario corto con evidencias de un texto, y reflexionen sobre la calidad de la conversación.',
  },
  practiceTags: ['student-talk', 'questioning'],
  subjects: ['all'],
};
