import type { ReflectionLexicon } from './types';

/**
 * English word lists for reflection depth (PEDAGOGY.md §2). Patterns run on folded text:
 * lower case, no accents, straight apostrophes. Edit freely, then bump RULESET_VERSION.
 */

// Small numbers written as words or digits, used by the count patterns.
const N =
  '(?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:-\\p{L}+)?|thirty(?:-\\p{L}+)?)';
const LEARNERS = '(?:students|kids|learners|children|pupils|groups|pairs|tables|teams)';

export const en: ReflectionLexicon = {
  indicators: [
    // Causal connectives: reasons and purposes.
    { id: 'causal.because', category: 'causal', patterns: ['because(?: of)?', "'cause", 'cuz'] },
    {
      id: 'causal.since',
      category: 'causal',
      // "since Monday" is time, not a reason.
      patterns: [
        'since(?! (?:then|monday|tuesday|wednesday|thursday|friday|last|yesterday|the (?:start|beginning)|september|october|january|\\d))',
      ],
    },
    { id: 'causal.so-that', category: 'causal', patterns: ['so that', 'in order to'] },
    { id: 'causal.so', category: 'causal', patterns: ['(?<=, )so (?:i|we)(?= )'], bounded: false },
    {
      id: 'causal.which-is-why',
      category: 'causal',
      patterns: [
        'which is why',
        "that(?:'s| is| was) why",
        'this is why',
        'the reason (?:was|is|why)',
        'as a result',
        'therefore',
        'due to',
        'thanks to',
        '(?:this|which|that) meant',
        'led to',
        'caused',
      ],
    },

    // Student-learning evidence.
    {
      id: 'evidence.count',
      category: 'evidence',
      patterns: [
        // One number prefix shared by "12 of 26", "three of them" and "four students" (faster than three patterns).
        `${N} (?:(?:out )?of (?:(?:the |my |our |those |these )?${N}|them|(?:the|my|our|these|those) (?:\\p{L}+ )?(?:${LEARNERS}|class|group))|(?:\\p{L}+ )?${LEARNERS})`,
        '\\d{1,3}/\\d{1,3}(?![/\\d])',
        '\\d{1,3}(?:\\.\\d+)? ?(?:%|percent)',
        "(?:about |almost |roughly |only )?(?:half|a third|a quarter|two thirds|the majority|most|all but (?:one|two|three|four|five|\\d+)|only (?:one|two|three|four|five|six|a few|a handful|\\d+)|almost everyone|almost all) (?:of (?:the |my |them|the class)|(?:the )?(?:class|students|kids|group|learners)|could|couldn't|got|were|did|didn't|had|managed|wrote|answered|said|finished|understood|left|used|solved|explained)",
      ],
    },
    {
      id: 'evidence.report',
      category: 'evidence',
      patterns: [
        '(?:one|a|another|two|three|several|some|many|a few|the|that|this) (?:student|kid|learner|girl|boy|child)s? (?:\\p{L}+ )?(?:said|asked|told me|told us|wrote|explained|answered|replied|commented|shouted|called out|noted|argued|mentioned|insisted|admitted|whispered|complained)',
        '(?:students|kids) (?:said|told me|told us|wrote|explained|asked)',
      ],
    },
    {
      id: 'evidence.student-work',
      category: 'evidence',
      patterns: [
        'exit (?:ticket|slip)s?',
        'student work',
        'work samples?',
        '(?:their|the|student) (?:work|writing|answers|responses|notebooks|journals|drafts|whiteboards|worksheets|solutions|explanations|paragraphs|essays|graphs|lab reports|sketches|models)',
        'quiz(?:zes)? (?:results|scores)',
        'test scores',
        'scores',
        '(?:got|had|answered) (?:it |them |the \\p{L}+ |both |all )?(?:right|wrong|correct|correctly|incorrectly)',
        'correctly',
        'incorrectly',
        'misconceptions?',
        // Students' mistakes, not the teacher's ("I made mistakes on the slides").
        "(?:their|student|students'|the students'|common|same|typical|most common) (?:mistakes?|errors?)",
      ],
    },

    // Alternatives and hedges: the writer weighs more than one explanation.
    {
      id: 'alternative.hedge',
      category: 'alternative',
      patterns: [
        'maybe',
        'perhaps',
        'might',
        'may have',
        'could have been',
        'could be',
        "it(?:'s| is) possible",
        'possibly',
        'probably',
        "i(?:'m| am) not sure",
        'not sure (?:if|whether|why)',
        'i suspect',
      ],
    },
    {
      id: 'alternative.wonder',
      category: 'alternative',
      patterns: ['i wonder', "i(?:'m| am) wondering", 'i keep wondering', 'wondering (?:if|whether|why)'],
    },
    {
      id: 'alternative.other-explanation',
      category: 'alternative',
      patterns: [
        'on the other hand',
        'another (?:explanation|reason|possibility|way to see|way of seeing)',
        'other explanations?',
        'alternatively',
        'it could also be',
        'or it could be',
      ],
    },

    // Other perspectives: students', a colleague's, a coach's.
    {
      id: 'perspective.students',
      category: 'perspective',
      patterns: [
        "from (?:the |a |their |my |his |her )?(?:students'?|student's|kids'?|learners'?|their|his|her) (?:point of view|perspective|side|shoes|eyes)",
        '(?:if i were|as if i were) (?:a student|a kid|one of them|them|in their shoes)',
        "(?:put myself in|in) (?:a student's|the students'?|their|a kid's|his|her) (?:shoes|place|seat|position)",
        '(?:they|the students|students|the kids|kids|he|she) (?:probably |might have |may have |must have )felt',
        'how (?:they|the students|the kids) (?:felt|saw it|experienced)',
        'how (?:it|this) (?:felt|looked|sounded|seemed) (?:to|for) (?:them|students|the students|the kids)',
        'for (?:a |the )?(?:student|kid|learner)s? who',
      ],
    },
    {
      id: 'perspective.colleague',
      category: 'perspective',
      patterns: [
        '(?:my|the|our) (?:coach|mentor|co-?teacher|colleague|principal|assistant principal|department head|instructional coach|aide|para|paraprofessional|partner teacher|team|grade-level team) (?:\\p{L}+ ){0,2}(?:noticed|said|pointed out|suggested|observed|mentioned|thought|saw|asked|told me|reminded me)',
        'a colleague',
        'another teacher',
      ],
    },

    // Named assumptions and beliefs (Brookfield's "hunting assumptions").
    {
      id: 'assumption.i-assumed',
      category: 'assumption',
      patterns: [
        "i(?: had|'d)? assumed",
        'i was assuming',
        'i took (?:it )?for granted',
        'i had taken (?:it )?for granted',
        'my (?:belief|assumption) (?:that|was)',
        'i expected (?:that )?(?:they|students|the kids|everyone|all)',
        'i thought (?:that )?(?:they|students|the students|the kids|everyone|all of them) (?:would|already|knew|could|had|were)',
        'i (?:always )?believed (?:that )?(?:they|students|the kids|these kids)',
      ],
    },
    {
      id: 'assumption.used-to-think',
      category: 'assumption',
      patterns: ['i used to (?:think|believe|assume)', 'i no longer (?:think|believe)'],
    },
    {
      id: 'assumption.realized-expected',
      category: 'assumption',
      patterns: [
        '(?:i realized|i realised|i see now|i now see|i noticed) (?:that )?i (?:had )?(?:expected|assumed|thought|believed|took|was expecting)',
      ],
    },

    // Wider context; counted only near a mention of students (consequences for them).
    {
      id: 'context.equity',
      category: 'context',
      patterns: [
        'equity',
        'equitabl[ey]',
        'inequit\\p{L}*',
        'fair(?:ness)? to',
        'bias(?:ed)?',
        'privilege\\p{L}*',
        'whose (?:knowledge|voices?)',
        'racis\\p{L}*',
        'tracking',
        'tracked',
      ],
    },
    {
      id: 'context.access',
      category: 'context',
      patterns: [
        'access(?:ible)?',
        'internet at home',
        'devices? at home',
        'no (?:internet|wifi|wi-fi|device|laptop)',
        'socioeconomic',
        'poverty',
        'low-income',
        'working after school',
        'jobs after school',
        '(?:caring|care) for (?:younger )?siblings',
        'disabilit(?:y|ies)',
        'ieps?',
        '504 plans?',
        'special education',
      ],
    },
    {
      id: 'context.language',
      category: 'context',
      patterns: [
        'language backgrounds?',
        'home languages?',
        'first languages?',
        'native languages?',
        'english (?:language )?learners?',
        'ells?',
        'emergent bilinguals?',
        'multilingual(?: learners| students)?',
        'newcomers?',
        'immigra\\p{L}*',
        'refugees?',
      ],
    },
    {
      id: 'context.culture',
      category: 'context',
      patterns: ['cultur(?:e|es|al|ally)', 'gender', 'race'],
    },
    {
      id: 'context.policy',
      category: 'context',
      patterns: [
        'polic(?:y|ies)',
        'the state test',
        'standardized test\\p{L}*',
        'testing (?:pressure|schedule|calendar)',
        'pacing guide',
        'grading polic(?:y|ies)',
      ],
    },

    // A plan for next time.
    {
      id: 'future-plan.next-time',
      category: 'future-plan',
      patterns: [
        '(?:the )?next time',
        'next (?:lesson|class|period|week|unit|year|round|block)',
        'tomorrow',
        'going forward',
        'from now on',
        'in the future',
        'my next step',
      ],
    },
    {
      id: 'future-plan.i-will',
      category: 'future-plan',
      patterns: [
        "(?:i|we)(?: will|'ll| am going to|'m going to| are going to|'re going to| plan to| want to try| would like to try|'d like to try| need to| intend to| should(?! have))",
      ],
    },

    // Blame placed on students or circumstances.
    {
      id: 'blame.students',
      category: 'blame',
      patterns: [
        '(?:they|students|the students|the kids|kids|this class|this group|my students|the class|these kids|some kids|a few kids|he|she) (?:are|were|was|is) (?:just |so |really |too |simply |completely |totally )?(?:lazy|unmotivated|immature|out of control|impossible|wild|disrespectful|rude|not interested|not motivated|incapable|hopeless|off the walls?)',
        // Rhetorical questions that blame: "Why won't they ever do the reading?"
        "why (?:won't|don't|can't|didn't|wouldn't) (?:they|these kids|students|the kids|my students)(?: ever| just)?",
        "(?:they|students|the students|the kids|kids|this class|this group|my students|the class|these kids) (?:just |simply |never |still )?(?:won't|wouldn't|refuse to|refused to|don't care|didn't care|can't be bothered|couldn't be bothered|never listen|never listened|just don't|just didn't|don't even try|didn't even try|never do|never did|don't want to|didn't want to)",
      ],
    },
    {
      id: 'blame.helpless',
      category: 'blame',
      patterns: [
        'no matter what i do',
        'nothing i (?:do|did|try|tried) (?:works|worked|helps|helped)',
        "there(?:'s| is| was) nothing (?:more )?i (?:can|could) do",
        "(?:it's|it is|it was|it wasn't|it isn't) not my fault",
        'not my fault',
      ],
    },
    {
      id: 'blame.others',
      category: 'blame',
      patterns: [
        "(?:their|the) parents (?:don't|didn't|never|do not|did not)",
        'they should (?:already )?(?:have learned|know|have known|have come)',
        "(?:last year's|the previous|their last|their old) teacher (?:didn't|never|did not)",
      ],
    },
    {
      id: 'blame.circumstances',
      category: 'blame',
      patterns: [
        '(?:the|that) (?:assembly|fire drill|schedule|pep rally|weather|full moon|admin|administration|district|curriculum|pacing guide) (?:ruined|killed|wrecked|messed up|made it impossible)',
        // Only as an explanation: "because it was Friday", not "It was Friday."
        "(?:because|since|'cause) it(?:'s| is| was) (?:a )?(?:friday|monday|the last period|right after lunch|after lunch|a full moon)",
      ],
    },
  ],

  teachingCues: [
    "(?:i|we)(?: had| have|'ve|'d| didn't| did not| never| only| just| then| also| first| should have| could have| will|'ll| am going to|'m going to| want to| plan to| need to| tried to)? (?:(?!need(?![\\p{L}]))\\p{L}+ed|gave|chose|made|put|let|took|spent|ran|set|told|showed|taught|began|started|forgot|kept|left|wrote|read|split|cut|brought|give|choose|make|start|begin|use|ask|show|teach|model|group|pair|add|move|build|check|reteach|review|write|post|front-?load|slow|spend|open|close|chunk|provide|assign|rotate|introduce|pre-?teach|explain|circulate|stop|pause|plan|prepare|rewrite|change|have(?! to(?![\\p{L}]))|let|put|do|skip|shorten|lengthen)",
    'directions?',
    'instructions?',
    'explanations?',
    'examples?',
    'model(?:s|ing|ed)?',
    'timing',
    'pacing',
    // Not bare "time": "next time" would make every promise look concrete.
    '(?:more|less|enough|extra|too much|too little|the) time (?:to|for|on)',
    'minutes',
    'transitions?',
    'grouping',
    'groups?',
    'partners?',
    'pairs?',
    'materials?',
    'manipulatives',
    'questions?',
    'questioning',
    'prompts?',
    'tasks?',
    'activit(?:y|ies)',
    'worksheets?',
    'lesson',
    'mini-?lesson',
    'scaffold(?:s|ing|ed)?',
    'sentence (?:stems|frames|starters)',
    'vocabulary',
    'wait time',
    'warm-?up',
    'do now',
    'think-pair-share',
    'turn and talk',
    'discussion',
    'exit (?:tickets?|slips?)',
    'seating',
    'rubrics?',
    'anchor charts?',
    'visuals?',
    'slides?',
    'demo(?:nstration)?',
    'feedback',
    'checks? for understanding',
    'whiteboards?',
    'cold call(?:ing)?',
    'read-?alouds?',
    'hints?',
    'routines?',
    'stations?',
    'protocol',
    'word banks?',
    'graphic organizers?',
    'number lines?',
    'diagrams?',
    'homework',
    'think time',
    '(?:independent|guided) practice',
    'closure',
  ],

  vaguePlans: [
    '(?:do|be|get) (?:a )?(?:better|good|great)(?: job)?',
    '(?:make|plan|prepare|teach|run|organi[sz]e|deliver|structure|manage) (?:(?:it|this|that|things|everything|(?:the|this|my|our|that) (?:lesson|class|activity|unit|period|teaching|planning|plan)) )?(?:a (?:lot |little |bit )?)?(?:better|clearer|more (?:engaging|fun|interesting|dynamic|interactive|exciting|effective|organi[sz]ed|structured))',
    '(?:improve|change|fix|redo|rethink|adjust|tweak|rework|redesign|revisit|work on) (?:it|this|that|things|something|everything|stuff|(?:the|this|my|our|that) (?:lesson|class|activity|unit|period|teaching|planning|plan|approach|instruction))',
    'try (?:harder|again|better|more|something (?:different|new|else)|(?:a )?different (?:approach|way|strategy|things?))',
    'keep (?:going|trying|it up|doing (?:the same|it|this|that))',
    '(?:the )?same (?:as (?:today|before|always)|thing|way)',
    '(?:be|stay) (?:more |better )?(?:prepared|organi[sz]ed|patient|positive|consistent|careful|focused)',
  ],

  studentRefs: [
    "students?(?:'s?)?",
    'kids?',
    'learners?',
    'children',
    'child',
    'pupils?',
    'class',
    'they',
    'them',
    'their',
    'he',
    'she',
    'his',
    'her',
    'boys?',
    'girls?',
    'famil(?:y|ies)',
    'everyone',
    'who',
    'ells?',
    'newcomers?',
    'teenagers?',
  ],

  speechVerbs: [
    'said',
    'says',
    'asked',
    'asks',
    'told (?:me|us)',
    'wrote',
    'writes',
    'answered',
    'replied',
    'shouted',
    'called out',
    'whispered',
    'explained',
    'commented',
    'complained',
    'insisted',
    'admitted',
    'argued',
    'mentioned',
  ],
};
