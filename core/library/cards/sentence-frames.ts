import type { StrategyCard } from '../card';

export const en: StrategyCard = {
  id: 'sentence-frames',
  locale: 'en',
  title: 'Sentence frames for academic talk and writing',
  summary:
    'A sentence frame gives students the structure of an academic sentence with gaps for their own ideas. It lets language learners — and anyone new to a way of thinking — say and write complex ideas before they can build the sentence alone.',
  minutes: 3,
  body: `Many students have the idea but not the words to express it in the way school expects. A **sentence frame** gives them the shape of the sentence — "The evidence suggests ___ because ___" — so their energy goes into the thinking. Frames help students learning the language of instruction, but also any student meeting a new kind of reasoning: comparing, arguing, explaining cause and effect.

**Match the frame to the thinking.** Choose frames for the kind of thinking the objective asks for:
- *Explaining:* "___ happens because ___."
- *Comparing:* "___ and ___ are similar because both ___. However, ___ while ___."
- *Arguing:* "I think ___. One reason is ___. For example, ___."
- *Predicting:* "I predict ___ because ___."
- *Building on others:* "I agree with ___, and I want to add ___." / "I see it differently because ___."

**Offer levels.** Give a simple frame and a more complex one, and let students choose: "It is hot because ___." or "Although ___, the temperature rises because ___." Students who are ready can skip frames entirely.

**Model it first.** Say a full sentence with the frame, using an example different from the one students will use. Then have students say their sentence aloud to a partner before writing it.

**Put frames where they'll be used.** On the board during talk, on the worksheet next to the question, on a card on the desk. A frame forgotten on a poster at the back won't help.

**Fade them.** Frames are a step, not a destination. After students use a frame comfortably for a while, remove it, offer a more complex version, or ask them to create their own.

**Listen for it.** In pair talk and in exit tickets, notice whether students use the structure — and whether their ideas are getting more precise.`,
  whyItWorks: `Sentence frames are a form of **scaffolding**, a term associated with the work of **Wood, Bruner and Ross**: temporary support that lets learners do what they could not yet do alone, then is withdrawn. **UDL** (CAST) includes clarifying language structures and building fluency with graduated support. Research on **academic language** and second-language learning emphasises that students need structured opportunities to use new language, not just to hear it. Frames also support the reasoning moves described in **Accountable Talk**.`,
  steps: [
    'Look at tomorrow’s objective and name the kind of thinking (explain, compare, argue, predict).',
    'Write one simple and one more complex frame for it.',
    'Model a full sentence with the frame using a different example.',
    'Have students say their sentence to a partner before writing it.',
    'Put the frames next to where students will use them.',
  ],
  example:
    'Grade 8 social studies: "Compare life in the city and in the countryside in 1900." Frames on the board: "In the city ___, but in the countryside ___." and "While ___, people in the countryside ___ because ___." Students talk first, then write. A newcomer writes: "In the city people worked in factories, but in the countryside they worked on farms."',
  gradeBands: {
    'K-2': 'Use one oral frame with gestures or pictures, repeated by the whole class ("I see a ___. It is ___.").',
    '3-5': 'Keep frames on a card at each desk during talk and writing, and celebrate students who extend them.',
    '6-8': 'Offer two levels of frames and ask students to underline the part that shows reasoning.',
    '9-12': 'Use discipline-specific frames (claims, counterclaims, data interpretation) and fade to outlines.',
  },
  practiceTags: ['supports', 'student-talk'],
  subjects: ['all'],
};

export const es: StrategyCard = {
  id: 'sentence-frames',
  locale: 'es',
  title: 'Frases modelo para hablar y escribir en clase',
  summary:
    'Una frase modelo ofrece la estructura de una oración académica con espacios para las ideas del estudiante. Permite que quienes aprenden la lengua —y cualquiera que se enfrente a una forma nueva de razonar— digan y escriban ideas complejas antes de poder armar la oración solos.',
  minutes: 3,
  body: `Muchos estudiantes tienen la idea, pero no las palabras para expresarla como lo espera la escuela. Una **frase modelo** les da la forma de la oración —"La evidencia sugiere que ___ porque ___"— para que la energía vaya al pensamiento. Las frases modelo ayudan a quienes están aprendiendo la lengua de instrucción, pero también a cualquier estudiante que se enfrenta a un tipo de razonamiento nuevo: comparar, argumentar, explicar causas y efectos.

**Ajuste la frase al tipo de pensamiento.** Elija frases para lo que pide el objetivo:
- *Explicar:* "___ ocurre porque ___."
- *Comparar:* "___ y ___ se parecen porque ambos ___. Sin embargo, ___ mientras que ___."
- *Argumentar:* "Yo pienso que ___. Una razón es ___. Por ejemplo, ___."
- *Predecir:* "Creo que ___ porque ___."
- *Construir sobre otros:* "Estoy de acuerdo con ___ y quiero agregar ___." / "Lo veo distinto porque ___."

**Ofrezca niveles.** Dé una frase simple y otra más compleja, y deje elegir: "Hace calor porque ___." o "Aunque ___, la temperatura sube porque ___." Quien ya está listo puede prescindir de ellas.

**Modele primero.** Diga una oración completa con la frase, usando un ejemplo distinto al que usarán los estudiantes. Luego pida que digan su oración en voz alta a un compañero antes de escribirla.

**Ubíquelas donde se usarán.** En la pizarra durante la conversación, en la hoja de trabajo junto a la pregunta, en una tarjeta sobre la mesa. Una frase olvidada en un cartel al fondo del salón no ayuda.

**Retírelas de a poco.** Las frases modelo son un paso, no un destino. Cuando un estudiante las usa con soltura durante un tiempo, quítelas, ofrezca una versión más compleja o pídale que cree la suya.

**Escuche si aparecen.** En las conversaciones en parejas y en los tickets de salida, fíjese si usan la estructura y si sus ideas se vuelven más precisas.`,
  whyItWorks: `Las frases modelo son una forma de **andamiaje**, término asociado al trabajo de **Wood, Bruner y Ross**: un apoyo temporal que permite hacer lo que todavía no se puede hacer solo y que luego se retira. El **DUA** (CAST) incluye aclarar las estructuras del lenguaje y desarrollar la fluidez con apoyos graduados. La investigación sobre el **lenguaje académico** y el aprendizaje de segundas lenguas subraya que los estudiantes necesitan oportunidades estructuradas para usar el lenguaje nuevo, no solo para escucharlo. Las frases también sostienen los movimientos de razonamiento que describe **Accountable Talk**.`,
  steps: [
    'Mire el objetivo de mañana y nombre el tipo de pensamiento (explicar, comparar, argumentar, predecir).',
    'Escriba una frase modelo simple y otra más compleja.',
    'Modele una oración completa con otro ejemplo.',
    'Pida que digan su oración a un compañero antes de escribirla.',
    'Ubique las frases junto al lugar donde se usarán.',
  ],
  example:
    'Ciencias sociales, 2.º de secundaria: "Compara la vida en la ciudad y en el campo hacia 1900". En la pizarra: "En la ciudad ___, pero en el campo ___." y "Mientras que ___, las personas del campo ___ porque ___." Primero conversan y luego escriben. Un estudiante recién llegado escribe: "En la ciudad la gente trabajaba en fábricas, pero en el campo trabajaba la tierra".',
  gradeBands: {
    'K-2': 'Use una frase oral con gestos o imágenes, repetida por todo el grupo ("Veo un ___. Es ___.").',
    '3-5':
      'Deje las frases en una tarjeta sobre cada mesa durante la conversación y la escritura, y celebre a quien las amplía.',
    '6-8': 'Ofrezca frases en dos niveles y pida subrayar la parte que muestra el razonamiento.',
    '9-12':
      'Use frases propias de la disciplina (tesis, contraargumentos, interpretación de datos) y avance hacia esquemas.',
  },
  practiceTags: ['supports', 'student-talk'],
  subjects: ['all'],
};
