import type { DemoCourse } from './demo-plans';

/**
 * Los planes de María Maestra (maestra@example.org, Escuela Primaria Las Flores): una semana de
 * fracciones equivalentes y comparación de fracciones en 4.º, para sus dos cursos. Texto original
 * escrito para la demo; hay planes sólidos y planes con debilidades habituales.
 */
const matematicas4: DemoCourse = {
  teacher: 'maestra@example.org',
  classes: ['Matemáticas 4.º A', 'Matemáticas 4.º B'],
  previousWeek: [
    {
      weekday: 4,
      taughtTo: [
        {
          section: 0,
          reflection: {
            whatHappened:
              'Muchos niños dividieron la recta en partes desiguales porque usaron la regla sin medir desde el 0. Al final no alcanzamos a revisar todas las respuestas.',
            nextTime:
              'Voy a dar rectas con marcas cada centímetro y modelar primero con la cuerda cómo se reparte en partes iguales.',
          },
        },
      ],
      lesson: {
        title: 'Fracciones en la recta numérica',
        objectives: ['Los estudiantes ubicarán fracciones con denominador 2, 4 y 8 en la recta numérica entre 0 y 1.'],
        successCriteria: [
          'Puedo dividir la recta en partes iguales.',
          'Puedo ubicar una fracción contando las partes desde el 0.',
        ],
        standards: ['CCSS.MATH.CONTENT.3.NF.A.2'],
        materials: ['cuerda y pinzas para la recta de la clase', 'hoja con rectas numéricas', 'reglas'],
        segments: [
          {
            title: 'Inicio',
            kind: 'opening',
            minutes: 10,
            grouping: 'whole-class',
            description: 'Recta de cuerda frente a la pizarra: tres estudiantes cuelgan 1/2, 1/4 y 3/4 con pinzas.',
            checkForUnderstanding: { technique: 'Preguntas a toda la clase', question: '¿Dónde va 1/4? ¿Por qué?' },
          },
          {
            title: 'Explicación',
            kind: 'instruction',
            minutes: 15,
            grouping: 'whole-class',
            description: 'Explico cómo partir la recta en partes iguales con la regla y resuelvo dos ejemplos.',
          },
          {
            title: 'Práctica en parejas',
            kind: 'guided-practice',
            minutes: 15,
            grouping: 'pairs',
            description: 'Las parejas ubican seis fracciones en las rectas de la hoja.',
          },
          {
            title: 'Práctica individual',
            kind: 'independent-practice',
            minutes: 15,
            grouping: 'individual',
            description: 'Ejercicios del libro, página 64.',
          },
          {
            title: 'Cierre',
            kind: 'closure',
            minutes: 5,
            grouping: 'whole-class',
            description: 'Revisamos las respuestas entre todos.',
          },
        ],
        supports: [{ for: 'Estudiantes con dificultades', description: 'Rectas ya divididas en cuartos.' }],
        exitTicket: 'Ubica 3/8 y 6/8 en la recta numérica.',
      },
    },
    {
      weekday: 5,
      taughtTo: [
        {
          section: 0,
          reflection: {
            whatHappened:
              'Las parejas trabajaron con entusiasmo con las tiras y la puesta en común fue rica, aunque se alargó.',
            studentEvidence:
              'En el ticket de salida, 17 de 26 explicaron bien que 3/4 y 6/8 ocupan el mismo largo. Seis dibujaron tiras de distinto tamaño. Tomás dijo: "Son iguales porque el 6 y el 8 son más grandes".',
            whyAndAlternatives:
              'Quizás algunas tiras quedaron de distinto largo al recortarlas y no lo noté, o tal vez todavía piensan que un número más grande significa una fracción más grande. Me pregunto si pasar a la recta numérica les ayudará a ver que es el mismo punto.',
            nextTime:
              'El lunes empezaré con una pregunta bisagra en pizarras individuales: ¿1/2 y 2/4 están en el mismo punto de la recta? Si menos de 20 responden bien, volvemos a las tiras antes de la recta.',
          },
        },
        {
          section: 1,
          reflection: {
            whatHappened:
              'En 4.º B la actividad de las tiras funcionó mejor que en 4.º A porque ya llevaban las tiras preparadas del mismo largo, pero el comienzo de la clase fue lento y costó que se concentraran.',
            nextTime: 'Voy a empezar con un juego breve de cálculo mental para que lleguen despiertos.',
          },
        },
      ],
      lesson: {
        title: 'Fracciones equivalentes con tiras de papel',
        visibility: 'coach',
        objectives: [
          'Los estudiantes encontrarán fracciones equivalentes a 1/2, 1/3 y 3/4 usando tiras de papel, y explicarán por qué son equivalentes en al menos 3 de 4 casos.',
        ],
        successCriteria: [
          'Puedo doblar una tira en partes iguales.',
          'Puedo encontrar dos fracciones que ocupan el mismo largo.',
          'Puedo explicar por qué 1/2 y 2/4 son equivalentes.',
        ],
        standards: ['CCSS.MATH.CONTENT.4.NF.A.1'],
        materials: ['tiras de papel de colores (5 por estudiante)', 'pizarras individuales', 'muro de fracciones'],
        segments: [
          {
            title: 'Inicio',
            kind: 'opening',
            minutes: 8,
            grouping: 'individual',
            description: 'Pregunta del día en pizarras individuales.',
            checkForUnderstanding: {
              technique: 'Pizarras individuales',
              question: '¿Qué es más, 1/2 o 1/4 de la misma pizza?',
              decisionRule: 'Si menos del 80 % responde 1/2, repasamos con dos tiras antes de doblar.',
            },
          },
          {
            title: 'Modelado',
            kind: 'instruction',
            minutes: 10,
            grouping: 'whole-class',
            description:
              'Modelo cómo doblar una tira en mitades y en cuartos, y pregunto: ¿por qué 2/4 cubre lo mismo que 1/2?',
          },
          {
            title: 'Exploración en parejas',
            kind: 'guided-practice',
            minutes: 15,
            grouping: 'pairs',
            description:
              'Las parejas doblan tiras en mitades, tercios, cuartos, sextos y octavos, buscan fracciones del mismo largo y las anotan en una tabla.',
            checkForUnderstanding: {
              technique: 'Recorrido con lista de cotejo',
              question: '¿Qué fracciones encontraron iguales a 3/4?',
              decisionRule:
                'Si una pareja compara tiras de distinto largo, la reúno con otras dos en la mesa de apoyo para rehacer la tira entera.',
            },
          },
          {
            title: 'Puesta en común',
            kind: 'discussion',
            minutes: 10,
            grouping: 'whole-class',
            description:
              'Piensa, conversa con tu pareja y comparte: ¿qué patrón ven en los numeradores y denominadores de las fracciones equivalentes? Usamos "Estoy de acuerdo con… porque…".',
            checkForUnderstanding: {
              technique: 'Palitos con nombres',
              question: '¿Qué le pasa al numerador y al denominador de 1/2 cuando llegamos a 4/8?',
              decisionRule:
                'Si solo hablan del largo de las tiras, muestro 1/2, 2/4 y 4/8 en el muro de fracciones y pregunto qué cambia.',
            },
          },
          {
            title: 'Práctica individual',
            kind: 'independent-practice',
            minutes: 10,
            grouping: 'individual',
            description: 'Cuatro casos con dibujos de tiras: ¿son equivalentes? Justifica cada respuesta.',
          },
          {
            title: 'Cierre',
            kind: 'closure',
            minutes: 7,
            grouping: 'whole-class',
            description:
              'Cada estudiante completa "Dos fracciones son equivalentes cuando…" y resuelve el ticket de salida.',
          },
        ],
        supports: [
          {
            for: 'Estudiantes que están aprendiendo español',
            description:
              'Tarjetas con dibujos para mitad, tercio y cuarto, y el marco "___ es equivalente a ___ porque ocupan el mismo largo".',
          },
          {
            for: 'Estudiantes que terminan antes',
            description: 'Encontrar tres fracciones equivalentes a 2/3 sin usar tiras.',
          },
        ],
        exitTicket: '¿Son equivalentes 3/4 y 6/8? Explica por qué con un dibujo de tiras.',
        rationale: {
          'objectives[0]':
            'El ticket del jueves mostró que ubican fracciones en la recta, pero no reconocen que 1/2 y 2/4 son el mismo punto.',
        },
      },
    },
  ],
  week: [
    {
      title: 'Fracciones equivalentes en la recta numérica',
      objectives: [
        'Los estudiantes ubicarán fracciones equivalentes en la recta numérica y justificarán que ocupan el mismo punto, en al menos 3 de 4 pares.',
      ],
      successCriteria: [
        'Puedo ubicar 1/2, 2/4 y 4/8 en la misma recta.',
        'Puedo explicar por qué dos fracciones equivalentes están en el mismo punto.',
      ],
      standards: ['CCSS.MATH.CONTENT.3.NF.A.3.A'],
      materials: ['pizarras individuales', 'tiras de fracciones del viernes', 'rectas numéricas dobles impresas'],
      segments: [
        {
          title: 'Pregunta bisagra',
          kind: 'opening',
          minutes: 7,
          grouping: 'individual',
          description: 'En pizarras individuales: sí o no, y un dibujo que lo muestre.',
          checkForUnderstanding: {
            technique: 'Pregunta bisagra con pizarras individuales',
            question: '¿1/2 y 2/4 están en el mismo punto de la recta?',
            decisionRule: 'Si menos de 20 responden bien, volvemos a las tiras antes de pasar a la recta.',
          },
        },
        {
          title: 'De la tira a la recta',
          kind: 'instruction',
          minutes: 10,
          grouping: 'whole-class',
          description:
            'Coloco la tira de 1/2 sobre una recta del mismo largo y marco el punto. Los estudiantes conversan en parejas: ¿dónde caerá 2/4? ¿Y 4/8?',
        },
        {
          title: 'Práctica guiada',
          kind: 'guided-practice',
          minutes: 15,
          grouping: 'pairs',
          description:
            'Rectas dobles: arriba en cuartos, abajo en octavos. Las parejas marcan los pares de fracciones equivalentes.',
          checkForUnderstanding: {
            technique: 'Recorrido y preguntas dirigidas',
            question: '¿Por qué 3/4 y 6/8 caen en el mismo punto?',
            decisionRule:
              'Si una pareja divide la recta en partes desiguales, le doy la recta con marcas cada centímetro.',
          },
        },
        {
          title: 'Práctica individual',
          kind: 'independent-practice',
          minutes: 15,
          grouping: 'individual',
          description: 'Seis pares de fracciones: ubicarlas en la recta y decidir si son equivalentes.',
        },
        {
          title: 'Discusión',
          kind: 'discussion',
          minutes: 7,
          grouping: 'whole-class',
          description:
            '¿Qué tienen en común las fracciones que caen en el mismo punto? Compartimos con "Yo pienso que… porque…".',
          checkForUnderstanding: {
            technique: 'Palitos con nombres',
            question: '¿Cómo sabes, sin dibujar, que 3/4 y 6/8 están en el mismo punto?',
            decisionRule:
              'Si la mayoría solo responde "porque se ve", dejo la pregunta abierta para retomarla el martes.',
          },
        },
        {
          title: 'Cierre',
          kind: 'closure',
          minutes: 6,
          grouping: 'individual',
          description: 'Ticket de salida y autoevaluación con los criterios de logro.',
        },
      ],
      supports: [
        {
          for: 'Estudiantes con adecuaciones curriculares',
          description: 'Rectas ya divididas y tiras para superponer.',
        },
        { for: 'Estudiantes que terminan antes', description: 'Ubicar 5/10 y 3/6 en la recta y justificar.' },
      ],
      exitTicket: 'Ubica 2/3 y 4/6 en la recta numérica. ¿Están en el mismo punto? Justifica tu respuesta.',
      rationale: {
        'segments[0].checkForUnderstanding':
          'El viernes seis estudiantes dibujaron tiras de distinto tamaño: necesito saber quién sigue ahí antes de la recta.',
      },
    },
    {
      title: 'Generar fracciones equivalentes',
      objectives: ['Los alumnos comprenderán el concepto de fracciones equivalentes.'],
      standards: ['CCSS.MATH.CONTENT.4.NF.A.1'],
      materials: ['libro de texto', 'cuadernos'],
      segments: [
        {
          title: 'Repaso',
          kind: 'opening',
          minutes: 5,
          grouping: 'whole-class',
          description: 'Repaso oral de la clase anterior.',
        },
        {
          title: 'Explicación',
          kind: 'instruction',
          minutes: 25,
          grouping: 'whole-class',
          description:
            'Explico la regla: multiplicar el numerador y el denominador por el mismo número. Muestro ejemplos en la pizarra y los alumnos los copian en el cuaderno.',
        },
        {
          title: 'Ejercicios',
          kind: 'independent-practice',
          minutes: 25,
          grouping: 'individual',
          description: 'Ejercicios 1 a 20 del libro, página 70.',
        },
        {
          title: 'Revisión',
          kind: 'other',
          minutes: 5,
          grouping: 'whole-class',
          description: 'Reviso los cuadernos mientras salen.',
        },
      ],
    },
    {
      title: 'Comparar fracciones con igual numerador o igual denominador',
      visibility: 'team',
      objectives: [
        'Los estudiantes compararán fracciones con el mismo numerador o el mismo denominador usando <, > o = y justificarán cada respuesta con un dibujo, correctamente en al menos 4 de 5 casos.',
      ],
      successCriteria: [
        'Puedo comparar fracciones con el mismo denominador.',
        'Puedo comparar fracciones con el mismo numerador.',
        'Puedo justificar mi respuesta con un dibujo o con tiras.',
      ],
      standards: ['CCSS.MATH.CONTENT.4.NF.A.2'],
      materials: ['tiras de fracciones', 'tarjetas de comparación', 'pizarras individuales'],
      segments: [
        {
          title: 'Inicio',
          kind: 'opening',
          minutes: 6,
          grouping: 'individual',
          description: 'Una comparación en pizarras individuales.',
          checkForUnderstanding: {
            technique: 'Pizarras individuales',
            question: '¿Qué es más, 3/8 o 5/8?',
            decisionRule: 'Si más de un cuarto se equivoca, repaso con tiras de octavos antes de seguir.',
          },
        },
        {
          title: 'Problema de las pizzas',
          kind: 'instruction',
          minutes: 8,
          grouping: 'whole-class',
          description:
            'Ana comió 1/3 de una pizza y Luis 1/5 de otra igual. ¿Quién comió más? Los estudiantes piensan, conversan en parejas y comparten.',
        },
        {
          title: 'Tarjetas de comparación',
          kind: 'guided-practice',
          minutes: 16,
          grouping: 'small-groups',
          description:
            'En grupos de cuatro, con roles (lector, comparador, verificador, secretario), comparan 12 tarjetas y justifican con tiras.',
          checkForUnderstanding: {
            technique: 'Recorrido con lista de cotejo',
            question: '¿Por qué 1/3 es mayor que 1/5 si 5 es mayor que 3?',
            decisionRule:
              'Si un grupo dice que 1/5 es mayor, lo acompaño a comparar las tiras y le pido que se lo explique al verificador.',
          },
        },
        {
          title: 'Práctica individual',
          kind: 'independent-practice',
          minutes: 14,
          grouping: 'individual',
          description: 'Cinco comparaciones con dibujo.',
        },
        {
          title: 'Discusión',
          kind: 'discussion',
          minutes: 8,
          grouping: 'whole-class',
          description:
            '¿Qué regla podemos escribir para fracciones con el mismo numerador? ¿Funciona siempre? Justifiquen.',
          checkForUnderstanding: {
            technique: 'Palitos con nombres',
            question: '¿Por qué con el mismo numerador es mayor la fracción de denominador menor?',
            decisionRule: 'Si la regla que proponen no funciona con 2/3 y 2/5, la probamos juntos con las tiras.',
          },
        },
        {
          title: 'Cierre',
          kind: 'closure',
          minutes: 8,
          grouping: 'individual',
          description: 'Ticket de salida y autoevaluación con el semáforo.',
        },
      ],
      supports: [
        {
          for: 'Estudiantes que están aprendiendo español',
          description: 'Muro de palabras con "mayor que", "menor que" e "igual a", con dibujos.',
        },
        {
          for: 'Estudiantes con adecuaciones curriculares',
          description: 'Tiras de fracciones a mano durante toda la práctica.',
        },
      ],
      exitTicket:
        'Compara las fracciones 2/6 y 2/4 (mismo numerador) y 5/10 y 3/10 (mismo denominador) con <, > o =. Justifica una de las comparaciones con un dibujo.',
      rationale: {
        'segments[2].grouping':
          'Grupos con roles porque el martes muchos trabajaron solos y en silencio; quiero que cada uno justifique en voz alta.',
      },
    },
    {
      title: 'Comparar fracciones con 1/2 como referencia',
      objectives: ['Los estudiantes compararán fracciones con 1/2 como referencia.'],
      successCriteria: ['Puedo decir si una fracción es mayor o menor que 1/2.'],
      standards: ['CCSS.MATH.CONTENT.4.NF.A.2'],
      materials: ['tarjetas con fracciones', 'hoja de trabajo'],
      segments: [
        {
          title: 'Inicio',
          kind: 'opening',
          minutes: 5,
          grouping: 'whole-class',
          description: 'Votación rápida con los dedos.',
          checkForUnderstanding: { technique: 'Votación con los dedos', question: '¿3/8 es mayor o menor que 1/2?' },
        },
        {
          title: 'Explicación',
          kind: 'instruction',
          minutes: 15,
          grouping: 'whole-class',
          description:
            'Muestro cómo saber si una fracción es mayor que 1/2 comparando el numerador con la mitad del denominador.',
        },
        {
          title: 'Clasificación en grupos',
          kind: 'guided-practice',
          minutes: 20,
          grouping: 'small-groups',
          description: 'Clasificar 15 fracciones en "menos de 1/2", "igual a 1/2" y "más de 1/2".',
        },
        {
          title: 'Práctica individual',
          kind: 'independent-practice',
          minutes: 15,
          grouping: 'individual',
          description: 'Hoja de trabajo.',
        },
        {
          title: 'Cierre',
          kind: 'closure',
          minutes: 5,
          grouping: 'whole-class',
          description: 'Compartimos respuestas.',
        },
      ],
      supports: [{ description: 'Apoyo según sea necesario.' }],
      exitTicket: '¿Es 5/12 mayor o menor que 1/2? ¿Cómo lo sabes?',
    },
    {
      title: 'Problemas de comparación de fracciones',
      visibility: 'coach',
      objectives: [
        'Los estudiantes resolverán problemas de comparación de fracciones en contexto y justificarán su respuesta con un dibujo o una recta numérica.',
      ],
      successCriteria: ['Puedo elegir una estrategia para comparar.', 'Puedo explicar mi respuesta a un compañero.'],
      standards: ['CCSS.MATH.CONTENT.4.NF.A.2'],
      materials: ['tarjetas de problemas', 'papelógrafos', 'notas adhesivas', 'palitos con nombres'],
      segments: [
        {
          title: 'Estrategias',
          kind: 'opening',
          minutes: 8,
          grouping: 'pairs',
          description:
            'Conversa con tu pareja: ¿qué estrategias tenemos para comparar fracciones? Hacemos una lista en la pizarra.',
          checkForUnderstanding: {
            technique: 'Palitos con nombres',
            question: '¿Qué estrategia usarías para comparar 3/4 y 2/3?',
            decisionRule: 'Si nadie menciona la recta o la referencia 1/2, las modelo antes de los problemas.',
          },
        },
        {
          title: 'Problemas en parejas',
          kind: 'guided-practice',
          minutes: 20,
          grouping: 'pairs',
          description:
            'Tres problemas (recetas, carreras y pizzas). Cada pareja elige una estrategia y justifica su respuesta en un papelógrafo.',
          checkForUnderstanding: {
            technique: 'Recorrido',
            question: '¿Cómo sabes que tu respuesta es razonable?',
            decisionRule:
              'Si más de tres parejas eligen una fracción como mayor solo porque su denominador es mayor, reúno a la clase y comparamos 1/3 y 1/5 con tiras.',
          },
        },
        {
          title: 'Galería',
          kind: 'discussion',
          minutes: 12,
          grouping: 'small-groups',
          description:
            'Recorrido por la galería de soluciones: cada grupo deja una pregunta o un comentario con "Me pregunto por qué…".',
        },
        {
          title: 'Práctica individual',
          kind: 'independent-practice',
          minutes: 12,
          grouping: 'individual',
          description: 'Dos problemas nuevos.',
        },
        {
          title: 'Cierre',
          kind: 'closure',
          minutes: 8,
          grouping: 'whole-class',
          description: 'Ticket de salida; compartimos la estrategia que más nos sirvió esta semana.',
        },
      ],
      supports: [
        {
          for: 'Estudiantes que están aprendiendo español',
          description: 'Problemas con dibujos y las palabras clave resaltadas.',
        },
      ],
      exitTicket:
        'Sofía corrió 3/4 de km y Pedro 5/8 de km. ¿Quién corrió más? Justifica con una recta numérica o un dibujo.',
    },
    {
      title: 'Sumar fracciones con igual denominador',
      objectives: ['Los estudiantes entenderán la suma de fracciones con igual denominador.'],
      successCriteria: ['Puedo sumar fracciones con el mismo denominador usando tiras o la recta.'],
      standards: ['CCSS.MATH.CONTENT.4.NF.B.3.A'],
      materials: ['tiras de octavos y sextos', 'pizarras individuales', 'cuaderno'],
      segments: [
        {
          title: 'Problema de la torta',
          kind: 'opening',
          minutes: 8,
          grouping: 'whole-class',
          description: 'Juan comió 2/8 de la torta y su hermana 3/8. ¿Cuánto comieron entre los dos?',
          checkForUnderstanding: {
            technique: 'Pizarras individuales',
            question: '¿Cuánto comieron entre los dos?',
            decisionRule: 'Si muchos responden 5/16, modelo la suma con tiras de octavos antes de seguir.',
          },
        },
        {
          title: 'Modelado',
          kind: 'instruction',
          minutes: 12,
          grouping: 'whole-class',
          description: 'Modelo con tiras y con la recta por qué se suman los numeradores y el denominador no cambia.',
        },
        {
          title: 'Práctica guiada',
          kind: 'guided-practice',
          minutes: 15,
          grouping: 'pairs',
          description: 'Las parejas resuelven cuatro sumas con tiras y se las explican a otra pareja.',
        },
        {
          title: 'Práctica individual',
          kind: 'independent-practice',
          minutes: 20,
          grouping: 'individual',
          description: 'Ejercicios del cuaderno.',
        },
        {
          title: 'Cierre',
          kind: 'closure',
          minutes: 5,
          grouping: 'whole-class',
          description: 'Ticket de salida.',
        },
      ],
      supports: [{ for: 'Estudiantes con adecuaciones curriculares', description: 'Tiras de octavos y sextos.' }],
      exitTicket: 'Resuelve 3/6 + 2/6 y explica tu respuesta con un dibujo.',
    },
  ],
};

export const demoCoursesEs: DemoCourse[] = [matematicas4];
