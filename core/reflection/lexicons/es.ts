import type { ReflectionLexicon } from './types';

/**
 * Spanish word lists for reflection depth (PEDAGOGY.md §2). Patterns run on folded text:
 * lower case and without accents or tildes ("quizas", "proxima", "ano" for "año").
 * Edit freely, then bump RULESET_VERSION.
 */

const N =
  '(?:\\d{1,3}|un[oa]?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciseis|diecisiete|dieciocho|diecinueve|veinte|veinti\\p{L}+|treinta(?: y \\p{L}+)?)';
// Plural only: "una alumna dijo" is a report, not a count.
const LEARNERS = '(?:estudiantes|alumnos|alumnas|ninos|ninas|chicos|chicas|jovenes|grupos|parejas|equipos|mesas)';
const SUBJECT =
  '(?:ellos|ellas|los chicos|los ninos|los alumnos|los estudiantes|este grupo|este curso|esta clase|mis alumnos|mis estudiantes)';

export const es: ReflectionLexicon = {
  indicators: [
    { id: 'causal.porque', category: 'causal', patterns: ['porque'] },
    {
      id: 'causal.ya-que',
      category: 'causal',
      patterns: ['ya que', 'puesto que', 'dado que', 'debido a', 'a causa de', 'gracias a'],
    },
    {
      id: 'causal.por-eso',
      category: 'causal',
      patterns: [
        'por eso',
        'por ello',
        'por lo que',
        'por lo tanto',
        'asi que',
        'de modo que',
        'de manera que',
        '(?:esto|eso|lo que) (?:hizo|provoco|causo) que',
        'como resultado',
        'la razon (?:fue|es|por la que)',
      ],
    },
    // Folding erases the accent of "¿para qué sirve?", so the interrogative is excluded by context.
    {
      id: 'causal.para-que',
      category: 'causal',
      patterns: ['para que(?! (?:sirve|sirven|servia|serviria|se usa|es|era)(?![\\p{L}]))'],
    },

    {
      id: 'evidence.count',
      category: 'evidence',
      patterns: [
        // One number prefix shared by "doce de 26", "tres de ellos" and "cuatro estudiantes".
        `${N} (?:de (?:(?:los |las |mis |sus )?${N}|ellos|ellas|(?:los|las|mis|sus|nuestros|nuestras) (?:\\p{L}+ )?${LEARNERS})|(?:\\p{L}+ )?${LEARNERS})`,
        '\\d{1,3}/\\d{1,3}(?![/\\d])',
        '\\d{1,3}(?:[.,]\\d+)? ?(?:%|por ciento)',
        '(?:casi |mas de |menos de )?(?:la mitad|un tercio|un cuarto|dos tercios|la mayoria|casi todos|casi todas|todos menos (?:un[oa]?|dos|tres|cuatro|\\d+)|solo (?:un[oa]?|dos|tres|cuatro|cinco|seis|unos pocos|unas pocas|\\d+))',
      ],
    },
    {
      id: 'evidence.report',
      category: 'evidence',
      patterns: [
        '(?:un|una|otro|otra|dos|tres|varios|varias|algunos|algunas|muchos|muchas|el|la|los|las|este|esta|ese|esa) (?:alumn[oa]s?|estudiantes?|nin[oa]s?|chic[oa]s?|joven|jovenes) (?:\\p{L}+ )?(?:me |nos )?(?:dijo|dijeron|pregunto|preguntaron|comento|comentaron|escribio|escribieron|explico|explicaron|respondio|respondieron|contesto|contestaron|menciono|grito|reclamo|admitio|confeso)',
      ],
    },
    {
      id: 'evidence.student-work',
      category: 'evidence',
      patterns: [
        '(?:boleto|ticket|tarjeta|papelito)s? de salida',
        'sus (?:trabajos|respuestas|cuadernos|producciones|escritos|borradores|pizarras|pizarritas|fichas|textos|graficos|informes|soluciones|explicaciones)',
        '(?:los|las) (?:trabajos|respuestas|producciones|borradores|explicaciones)',
        '(?:las )?(?:respuestas|producciones|trabajos) de (?:los|las|mis) (?:\\p{L}+ )?(?:estudiantes|alumnos|alumnas|ninos|chicos)',
        'los resultados',
        '(?:la )?(?:prueba|evaluacion|control|quiz|examen)(?: formativa)? (?:mostro|mostraron|salio|dio)',
        '(?:respondieron|contestaron|lo hicieron|resolvieron|lo resolvieron) (?:bien|mal|correctamente|incorrectamente)',
        'correctamente',
        'incorrectamente',
        // Students' errors, not the teacher's.
        '(?:sus|los mismos|el mismo) errore?s?',
        'errore?s? (?:comun(?:es)?|tipicos?|frecuentes?|de (?:los|las|mis) (?:estudiantes|alumnos|alumnas|chicos|ninos))',
        'concepciones? erroneas?',
        'confusion(?:es)? (?:entre|con)',
      ],
    },

    {
      id: 'alternative.hedge',
      category: 'alternative',
      patterns: [
        'quizas?',
        'tal vez',
        'a lo mejor',
        'puede que',
        'puede ser que',
        'es posible que',
        'posiblemente',
        'probablemente',
        'no estoy segur[oa]',
        'no se si',
        'capaz que',
      ],
    },
    {
      id: 'alternative.wonder',
      category: 'alternative',
      patterns: ['me pregunto', 'me pregunte', 'me quede pensando', 'me sigo preguntando'],
    },
    {
      id: 'alternative.other-explanation',
      category: 'alternative',
      patterns: [
        'por otro lado',
        'por otra parte',
        'otra (?:explicacion|razon|posibilidad|lectura|mirada)',
        'otras explicaciones',
        'tambien (?:puede|podria) (?:ser|haber sido)',
      ],
    },

    {
      id: 'perspective.students',
      category: 'perspective',
      patterns: [
        'desde (?:el |la )?(?:punto de vista|perspectiva|lugar|mirada) de (?:los |las |un |una |mis |sus |el |la )?(?:estudiantes?|alumn[oa]s?|nin[oa]s?|chic[oa]s?|ellos|ellas)',
        'desde su (?:punto de vista|perspectiva|lugar|mirada)',
        'si yo fuera (?:un|una|ellos|ellas|alumn|estudiante)\\p{L}*',
        'ponerme en (?:su|el) lugar',
        'en su lugar',
        '(?:probablemente|quizas|tal vez) (?:se sintieron|se sentian|sintieron)',
        'se habran sentido',
        'como (?:lo )?(?:vivieron|vivian|vieron|sintieron) (?:ellos|ellas|los estudiantes|los alumnos|los chicos)',
        'para (?:un|una|los|las) (?:estudiantes?|alumn[oa]s?|nin[oa]s?|chic[oa]s?) que',
      ],
    },
    {
      id: 'perspective.colleague',
      category: 'perspective',
      patterns: [
        '(?:mi|la|el|una|un|nuestra|nuestro) (?:coach|mentora?|tutora?|companer[oa]|colega|jefa?|directora?|coordinadora?|asistente|co-?docente|educadora? diferencial|jefe de (?:departamento|utp)|orientadora?|profesora? jefe) (?:\\p{L}+ ){0,3}(?:me |nos )?(?:noto|dijo|comento|senalo|observo|sugirio|vio|pregunto|hizo notar|hizo ver|recordo)',
        '(?:una|un|mi) colega',
        'otra (?:profesora|maestra|docente)',
        'otro (?:profesor|maestro|docente)',
      ],
    },

    {
      id: 'assumption.suponia',
      category: 'assumption',
      patterns: [
        '(?:suponia|supuse|suponiamos|supusimos|asumi|asumia|asumimos)',
        '(?:di|daba|dimos|dabamos|habia dado) por (?:hecho|sentado)',
        'mi (?:creencia|supuesto|suposicion) (?:de que|era)',
        'tenia la idea de que',
      ],
    },
    {
      id: 'assumption.pensaba',
      category: 'assumption',
      patterns: ['(?:pensaba|creia|crei|esperaba) que', 'antes (?:pensaba|creia)', 'ya no (?:pienso|creo) que'],
    },
    {
      id: 'assumption.me-di-cuenta',
      category: 'assumption',
      patterns: [
        '(?:me di cuenta|me doy cuenta|reconozco) de que (?:yo )?(?:esperaba|suponia|daba por|asumia|pensaba|creia)',
      ],
    },

    {
      id: 'context.equity',
      category: 'context',
      patterns: [
        'equidad',
        'equitativ\\p{L}*',
        'inequidad\\p{L}*',
        'desigualdad\\p{L}*',
        'sesgos?',
        'privilegi\\p{L}*',
        'racism\\p{L}*',
        'discrimina\\p{L}*',
        'cuyo conocimiento',
        'estereotipos?(?: de genero)?',
      ],
    },
    {
      id: 'context.access',
      category: 'context',
      patterns: [
        'acceso',
        'accesib\\p{L}*',
        'conectividad',
        '(?:sin|no tienen|no tenian|no tiene) (?:internet|conexion|dispositivos?|computador\\p{L}*|celular)',
        'internet en (?:la |su )?casa',
        'pobreza',
        'nivel socioeconomico',
        'vulnerab\\p{L}*',
        'discapacidad\\p{L}*',
        'necesidades educativas',
        'trabajan (?:despues|por la tarde|en el campo)',
        'cuidan a sus hermanos',
      ],
    },
    {
      id: 'context.language',
      category: 'context',
      patterns: [
        'lengua materna',
        'primera lengua',
        'lengua (?:indigena|originaria)',
        'idioma (?:materno|de (?:la )?casa|del hogar)',
        'bilingues?',
        'recien llegad\\p{L}*',
        'migrant\\p{L}*',
        'inmigrant\\p{L}*',
      ],
    },
    {
      id: 'context.culture',
      category: 'context',
      patterns: [
        'contexto (?:familiar|social|socioeconomico|cultural|rural|de (?:los|las|sus|mis) (?:estudiantes|alumnos|alumnas|familias|chicos|ninos))',
        'sus contextos?',
        'su contexto',
        'cultur(?:a|as|al|ales)',
        '(?:de|por) genero',
      ],
    },
    {
      id: 'context.policy',
      category: 'context',
      patterns: [
        'politicas?',
        'normativas?',
        'prueba (?:estandarizada|externa|nacional)',
        'evaluacion (?:estandarizada|externa)',
        'simce',
        'curriculum oficial',
      ],
    },

    {
      id: 'future-plan.next-time',
      category: 'future-plan',
      patterns: [
        'la proxima (?:vez|clase|sesion|semana|unidad)',
        'el proximo (?:ano|bloque|lunes|martes|miercoles|jueves|viernes|curso|periodo)',
        // "mañana" as tomorrow, not "la mañana" (the morning).
        '(?<!la )(?<!esta )(?<!por )manana',
        'en adelante',
        'a partir de (?:ahora|manana|la proxima)',
        'para la proxima',
        'mi proximo paso',
        'en la siguiente (?:clase|sesion)',
      ],
    },
    {
      id: 'future-plan.voy-a',
      category: 'future-plan',
      patterns: [
        '(?:voy|vamos) a',
        '(?:pienso|planeo|quiero|quisiera|necesito|tengo que|debo|deberia|me gustaria) \\p{L}+(?:ar|er|ir)(?:les|le|los|las|lo)?',
      ],
    },
    {
      id: 'future-plan.future-tense',
      category: 'future-plan',
      // First-person future of common teaching verbs ("empezaré", "usaré").
      patterns: [
        '(?:empezare|comenzare|usare|utilizare|probare|intentare|dare|cambiare|modelare|pedire|volvere|repasare|hare|pondre|agrupare|preguntare|revisare|anadire|agregare|incluire|dedicare|mostrare|explicare|trabajare|retomare|planificare|preparare|llevare|dejare|reducire|ajustare|organizare|dividire|asignare|escribire|leere|evaluare|comprobare|verificare|formare|armare|presentare|introducire)',
      ],
    },

    {
      id: 'blame.students',
      category: 'blame',
      patterns: [
        `(?:${SUBJECT} )?(?:no quieren|no quisieron|no querian) (?:trabajar|hacer nada|aprender|escuchar|participar|atender|nada)`,
        `(?:${SUBJECT} )?(?:son|eran|estan|estaban) (?:muy |tan |demasiado |super |simplemente )?(?:flojos|flojas|vagos|vagas|perezosos|perezosas|insoportables|imposibles|desmotivados|desmotivadas|maleducados|maleducadas|inmaduros|inmaduras|incontrolables|desordenados)`,
        'no les (?:interesa|importa|interesaba|importaba)(?: nada)?',
        '(?:no hacen|no hicieron|no hacian) nada',
        '(?:no|nunca) (?:prestan|prestaron|prestaban) atencion',
        'nunca escuchan',
        // Rhetorical questions that blame: "¿Por qué nunca traen el material?"
        'por que (?:nunca|no quieren|no pueden)',
        'no escuchan nunca',
        'este (?:grupo|curso) es (?:imposible|terrible|un desastre)',
      ],
    },
    {
      id: 'blame.helpless',
      category: 'blame',
      patterns: [
        'haga lo que haga',
        'no hay (?:nada que hacer|manera|forma) con',
        'no hay nada que (?:yo )?pueda hacer',
        'no (?:es|fue) (?:mi )?culpa',
        '(?:la culpa es|la culpa fue|es culpa|fue culpa) de',
      ],
    },
    {
      id: 'blame.others',
      category: 'blame',
      patterns: [
        '(?:los|sus) (?:padres|apoderados) no',
        '(?:deberian|tendrian que) (?:saberlo|saber esto|haberlo aprendido|venir sabiendo)',
        '(?:el|la) (?:profesor|profesora|maestro|maestra|docente) (?:anterior|del ano pasado) no',
      ],
    },
    {
      id: 'blame.circumstances',
      category: 'blame',
      patterns: [
        '(?:el acto|el simulacro|el horario|la reunion|el calor|la direccion|el ministerio) (?:arruino|arruinaron|lo arruino|hizo imposible)',
        '(?:porque|ya que) (?:era|es|fue) (?:viernes|lunes|la ultima hora|despues del recreo|despues del almuerzo)',
      ],
    },
  ],

  teachingCues: [
    '(?:explique|decidi|use|utilice|empece|comence|pedi|pregunte|modele|agrupe|cambie|deje|elegi|escogi|prepare|organice|dedique|mostre|puse|hice|di|dimos|planifique|corregi|interrumpi|acelere|ensene|salte|olvide|reduje|alargue|introduje|anadi|agregue|repase|presente|lei|escribi|propuse|plantee|forme|arme|detuve|segui|volvi|retome|hicimos|trabajamos|empezamos)',
    '(?:dar|modelar|empezar|comenzar|usar|utilizar|preguntar|agrupar|mostrar|revisar|repasar|anadir|agregar|pedir|cambiar|dividir|explicar|reducir|dedicar|incluir|preparar|organizar|leer|escribir|planificar|asignar|retomar|probar|formar|armar|presentar|introducir|detener|parar|ensenar|corregir|hacer que|dejar que)(?:les|le|los|las|lo)?',
    '(?:empezare|comenzare|usare|utilizare|probare|intentare|dare|cambiare|modelare|pedire|volvere|repasare|hare|pondre|agrupare|preguntare|revisare|anadire|agregare|incluire|dedicare|mostrare|explicare|retomare|preparare|dejare|reducire|organizare|dividire|asignare|formare|presentare)',
    'instrucciones',
    'consignas?',
    'explicacion(?:es)?',
    'ejemplos?',
    'modelo',
    'modelado',
    'tiempo',
    'minutos',
    'ritmo',
    'transicion(?:es)?',
    'grupos?',
    'parejas?',
    'equipos?',
    'materiales?',
    'material concreto',
    'manipulativos',
    'preguntas?',
    'tareas?',
    'actividad(?:es)?',
    'fichas?',
    'guias?',
    'clase',
    'leccion',
    'andamiajes?',
    'vocabulario',
    'inicio',
    'cierre',
    'calentamiento',
    'discusion',
    'debate',
    '(?:boleto|ticket)s? de salida',
    'rubricas?',
    'pizarras?',
    'pizarritas',
    'diapositivas',
    'retroalimentacion',
    'lectura en voz alta',
    'rutinas?',
    'estaciones',
    'protocolo',
    'banco de palabras',
    'organizador(?:es)? grafico',
    'recta numerica',
    'diagramas?',
    'video',
    'pistas?',
    'planificacion',
    'secuencia',
  ],

  vaguePlans: [
    '(?:hacer(?:lo|la)?|(?:lo |la )?(?:hare|haremos)) mejor',
    '(?:hacer(?:lo|la)|(?:lo |la )(?:hare|haremos)) (?:mas|menos) (?:dinamica|entretenida|interesante|motivadora|atractiva|participativa|ludica|clara|ordenada|organizada|didactica|efectiva|amena|divertida|interactiva)s?',
    '(?:preparar|preparare|planificar|planificare|organizar|organizare|explicar|explicare)(?:la|lo|las|los)? mejor',
    '(?:hacer|hare|haremos|preparar|preparare|planificar|planificare|dar|dare|organizar|organizare)(?:la|lo)? (?:(?:una|la|mi|las|mis|el|un) )?(?:mejor (?:clase|leccion|sesion|clases|actividad|actividades)|(?:clase|leccion|sesion|clases|actividad|actividades) (?:mejor|(?:mas|menos) (?:dinamica|entretenida|interesante|motivadora|atractiva|participativa|ludica|clara|ordenada|organizada|didactica|efectiva|amena|divertida|interactiva)s?))',
    '(?:mejorar|mejorare|cambiar|cambiare|arreglar|arreglare|ajustar|ajustare|rehacer|replantear|replantare|revisar|revisare)(?:la|lo|las|los)? (?:algo|todo|las cosas|cosas|(?:la|mi|las|mis|el|nuestra) (?:clase|leccion|sesion|clases|ensenanza|planificacion|metodologia|estrategia|forma de ensenar|manera de ensenar|practica))',
    '(?:mejorar|cambiar|arreglar|ajustar|rehacer|replantear)(?:la|lo|las|los)',
    '(?:esforzarme|esforzarnos|esforzare|me esforzare) mas',
    '(?:intentar(?:lo)?|intentare(?:lo)?|probar|probare) (?:de nuevo|otra vez|otra cosa|algo (?:distinto|diferente|nuevo)|(?:otra|una) (?:forma|manera|estrategia)(?: (?:distinta|diferente))?)',
    'seguir (?:igual|asi|con lo mismo)',
    '(?:hacer )?lo mismo',
    '(?:ser|estar) (?:mas )?(?:organizad[oa]|preparad[oa]|paciente|clar[oa])',
  ],

  studentRefs: [
    'estudiantes?',
    'alumn[oa]s?',
    'nin[oa]s?',
    'chic[oa]s?',
    'jovenes',
    'adolescentes',
    'ellos',
    'ellas',
    'les',
    'sus',
    'su',
    'familias?',
    'quienes',
    'grupo',
    'curso',
    'clase',
    'todos',
    'todas',
  ],

  speechVerbs: [
    'dijo',
    'dijeron',
    'dice',
    'dicen',
    'pregunto',
    'preguntaron',
    'comento',
    'comentaron',
    'escribio',
    'escribieron',
    'respondio',
    'respondieron',
    'contesto',
    'contestaron',
    'grito',
    'gritaron',
    'explico',
    'reclamo',
    'admitio',
    'menciono',
    'susurro',
  ],
};
