import type { DemoCourse, DemoLesson } from './demo-plans';

/**
 * Taylor Teacher's plans (teacher@example.org, Lincoln Middle School): a week of Grade 7
 * proportional relationships for two sections and a week of Grade 8 linear functions. Original
 * text written for the demo. Some plans are strong, some have the weaknesses real plans have
 * (a vague objective, no success criteria, a long stretch without a check, no closure), so the
 * insights panel shows both.
 */

const math7MondayRest: DemoLesson['segments'] = [
  {
    title: 'Worked example',
    kind: 'instruction',
    minutes: 10,
    grouping: 'whole-class',
    description:
      'I model reading k from a graph of cost against kilograms of apples. Then students turn and talk: what does the point (1, 2.40) mean for a shopper?',
  },
  {
    title: 'Guided practice',
    kind: 'guided-practice',
    minutes: 12,
    grouping: 'pairs',
    description: 'Pairs read k from four graphs and write one sentence per graph about the point (1, k).',
    checkForUnderstanding: {
      technique: 'Circulate and cold call',
      question: 'On the biking graph, what does the point (1, 12) tell us?',
      decisionRule: 'If a pair reads the y-intercept as k, pull them to the side table for one more worked example.',
    },
  },
  {
    title: 'Independent practice',
    kind: 'independent-practice',
    minutes: 14,
    grouping: 'individual',
    description: 'Five graphs of increasing difficulty, including two whose axes do not count by ones.',
  },
  {
    title: 'Closure',
    kind: 'closure',
    minutes: 8,
    grouping: 'whole-class',
    description:
      'Think-pair-share: compare the gym membership graph with the apples graph. Which one is proportional, and how do you know? Then the exit ticket.',
  },
];

const math7: DemoCourse = {
  teacher: 'teacher@example.org',
  classes: ['Math 7 — Period 1', 'Math 7 — Period 3'],
  previousWeek: [
    {
      weekday: 4,
      taughtTo: [{ section: 0 }],
      lesson: {
        title: 'The constant of proportionality in tables',
        objectives: ['Students will find the constant of proportionality in a table and write it as a unit rate.'],
        successCriteria: [
          'I can divide y by x to test whether a table is proportional.',
          'I can name k and say what it means in the situation.',
        ],
        standards: ['CCSS.MATH.CONTENT.7.RP.A.2.B'],
        materials: ['smoothie recipe tables (handout)', 'calculators'],
        segments: [
          {
            title: 'Warm-up',
            kind: 'opening',
            minutes: 5,
            grouping: 'individual',
            description:
              'Two unit-rate problems on the board: price per pound of grapes, miles per hour on a bike ride.',
            checkForUnderstanding: { technique: 'Show of hands', question: 'Who got $2.50 per pound?' },
          },
          {
            title: 'Mini-lesson',
            kind: 'instruction',
            minutes: 12,
            grouping: 'whole-class',
            description: 'I model dividing each y by x in the smoothie table and label the constant k.',
          },
          {
            title: 'Partner practice',
            kind: 'guided-practice',
            minutes: 15,
            grouping: 'pairs',
            description:
              'Pairs test four tables. For each proportional one they write k and a sentence about what it means.',
            checkForUnderstanding: { technique: 'Circulate', question: 'What does k = 3 mean in the smoothie table?' },
          },
          {
            title: 'Independent practice',
            kind: 'independent-practice',
            minutes: 12,
            grouping: 'individual',
            description: 'Six problems from the workbook, page 42.',
          },
          {
            title: 'Exit ticket',
            kind: 'closure',
            minutes: 6,
            grouping: 'individual',
            description: 'Students complete the exit ticket and hand it in at the door.',
          },
        ],
        supports: [
          {
            for: 'Students with IEPs',
            description: 'Tables with the y ÷ x column already drawn; calculators allowed.',
          },
        ],
        exitTicket:
          'Is this table proportional? Tickets 2, 4, 6 cost $7, $14, $21. If it is, find k and explain what it means for the cost of the tickets.',
      },
    },
    {
      weekday: 5,
      taughtTo: [
        {
          section: 0,
          reflection: {
            whatHappened:
              'The card sort went well: groups argued about the gym membership card for a long time. The gallery walk ran over, so the closure was rushed.',
            studentEvidence:
              'On the exit ticket 15 of 27 students justified part (b) correctly. Eight wrote "it\'s a straight line, so it\'s proportional" and ignored the $10 fee. One student told me, "It goes up by the same amount, so it has to be proportional."',
            whyAndAlternatives:
              'Maybe I spent too long on tables in the launch, because we had used tables all week, so students held on to "constant rate" and not to the origin. I wonder whether the graphs on the cards were too small to see where each line starts.',
            nextTime:
              'Open Monday with a hinge question on mini whiteboards: which of three graphs is proportional? If more than a third choose the line with the fee, reteach the origin with the taxi graph before moving on.',
          },
        },
      ],
      lesson: {
        title: 'Proportional or not? Tables and graphs',
        visibility: 'coach',
        objectives: [
          'Students will decide whether a relationship is proportional from a table or a graph, justifying each decision in writing for at least 3 of 4 situations.',
        ],
        successCriteria: [
          'I can test a table for a constant ratio.',
          'I can tell from a graph whether the line goes through the origin.',
          'I can justify my decision with evidence from the table or the graph.',
        ],
        standards: ['CCSS.MATH.CONTENT.7.RP.A.2.A'],
        materials: ['card sort (8 situations)', 'graph paper', 'mini whiteboards', 'sticky notes'],
        segments: [
          {
            title: 'Do Now',
            kind: 'opening',
            minutes: 5,
            grouping: 'individual',
            description: "Find k for yesterday's smoothie table on mini whiteboards.",
            checkForUnderstanding: {
              technique: 'Mini whiteboards',
              question: 'What is k for 3 cups of fruit and 1.5 cups of yogurt?',
              decisionRule: 'If fewer than 80% show 0.5, rework one table together before the card sort.',
            },
          },
          {
            title: 'Launch: two taxi fares',
            kind: 'instruction',
            minutes: 8,
            grouping: 'whole-class',
            description:
              'I show two graphs of taxi fares, one with a starting fee. Students turn and talk: which situation is proportional, and how do you know?',
          },
          {
            title: 'Card sort',
            kind: 'guided-practice',
            minutes: 15,
            grouping: 'small-groups',
            description:
              'Groups sort eight situations (tables, graphs, stories) into proportional and not proportional and write one reason per card. Roles: reader, recorder, skeptic.',
            checkForUnderstanding: {
              technique: 'Circulate with a checklist',
              question: 'Why does the gym membership with a sign-up fee not belong in the proportional pile?',
              decisionRule:
                'If two or more groups put the sign-up fee card in the proportional pile, pause the class and compare that graph with the taxi graph from the launch.',
            },
          },
          {
            title: 'Gallery walk',
            kind: 'discussion',
            minutes: 10,
            grouping: 'small-groups',
            description:
              'Groups visit one other sort and leave a sticky note where they disagree, using the stem "We disagree because…".',
          },
          {
            title: 'Independent check',
            kind: 'independent-practice',
            minutes: 7,
            grouping: 'individual',
            description: 'Four new situations: decide and justify.',
          },
          {
            title: 'Closure',
            kind: 'closure',
            minutes: 5,
            grouping: 'whole-class',
            description:
              'Students complete "A graph shows a proportional relationship when…", share it with a partner, then do the exit ticket.',
          },
        ],
        supports: [
          {
            for: 'English learners',
            description:
              'Picture cards for the taxi, gym and recipe contexts, and the frame "It is proportional because the ratio is always ___."',
          },
          {
            for: 'Students who finish early',
            description: 'Write a situation of their own that looks proportional but is not.',
          },
        ],
        exitTicket:
          'Decide whether each relationship is proportional: (a) a table of pencils and their cost, (b) a graph of a phone plan with a $10 fee. Justify each decision with evidence from the table or the graph.',
        rationale: {
          'objectives[0]':
            "Thursday's exit tickets showed most students can compute k but few can say why a relationship is not proportional.",
          'segments[2].grouping': 'Small groups with a skeptic role, so every card is argued, not just placed.',
        },
      },
    },
  ],
  week: [
    {
      title: 'Graphs of proportional relationships',
      objectives: [
        'Students will identify proportional relationships from graphs and explain what the point (1, k) means in context, correctly for at least 3 of 4 graphs.',
      ],
      successCriteria: [
        'I can tell whether a graph shows a proportional relationship.',
        'I can find k from the point (1, k).',
        'I can explain what (0, 0) and (1, k) mean in the story.',
      ],
      standards: ['CCSS.MATH.CONTENT.7.RP.A.2.D'],
      materials: ['mini whiteboards', "graph cards from Friday's sort", 'apples and biking graphs (handout)'],
      segments: [
        {
          title: 'Hinge question',
          kind: 'opening',
          minutes: 6,
          grouping: 'individual',
          description:
            'Three graphs on the board: a line through the origin, a line with a starting fee, a curve. Students hold up the letter of the proportional one on mini whiteboards.',
          checkForUnderstanding: {
            technique: 'Hinge question on mini whiteboards',
            question: 'Which graph shows a proportional relationship, and why?',
            decisionRule:
              "If more than a third choose the line with the fee, reteach the origin with Friday's taxi graph before moving on.",
          },
        },
        ...math7MondayRest,
      ],
      supports: [
        {
          for: 'English learners',
          description: 'Sentence frame: "The point (1, ___) means that one ___ costs ___."',
        },
        {
          for: 'Students with IEPs',
          description: 'Graphs with gridlines labelled every unit and a highlighter for the origin.',
        },
      ],
      exitTicket:
        'A graph of babysitting hours and dollars earned passes through (0, 0) and (1, 3.5). Is the relationship proportional? Explain what the point (1, 3.5) means.',
      rationale: {
        'segments[0].checkForUnderstanding':
          "On Friday's exit ticket 8 of 27 ignored the starting fee. I need to know who still does before we read k from graphs.",
      },
      firstDraft: {
        segments: [
          {
            title: 'Do Now',
            kind: 'opening',
            minutes: 6,
            grouping: 'individual',
            description: 'Two unit-rate problems from the workbook to settle in.',
          },
          ...math7MondayRest,
        ],
        rationale: {},
      },
    },
    {
      title: 'Finding k on a graph',
      objectives: ['Students will understand what the constant of proportionality means on a graph.'],
      standards: ['CCSS.MATH.CONTENT.7.RP.A.2.B'],
      materials: ['textbook', 'notebooks'],
      segments: [
        {
          title: 'Warm-up',
          kind: 'opening',
          minutes: 5,
          grouping: 'whole-class',
          description: "Look back at Monday's exit ticket: two answers projected.",
        },
        {
          title: 'Notes',
          kind: 'instruction',
          minutes: 15,
          grouping: 'whole-class',
          description:
            'I explain how to find k by picking any point (x, y) on the line and dividing y by x. Students copy three examples.',
        },
        {
          title: 'Practice',
          kind: 'guided-practice',
          minutes: 20,
          grouping: 'individual',
          description: 'Textbook page 51, problems 1–12.',
        },
        {
          title: 'Go over answers',
          kind: 'assessment',
          minutes: 10,
          grouping: 'whole-class',
          description: 'Students mark their own work while I read the answers.',
          checkForUnderstanding: { technique: 'Thumbs up, thumbs down', question: 'Did you get number 8?' },
        },
      ],
      supports: [{ description: 'Differentiate as needed.' }],
    },
    {
      title: 'Writing equations y = kx',
      visibility: 'team',
      objectives: [
        'Students will write an equation of the form y = kx from a table, a graph or a description, using the constant of proportionality, for at least 4 of 5 situations.',
      ],
      successCriteria: [
        'I can find k from any representation.',
        'I can write y = kx with the right variables.',
        'I can use my equation to predict a new value.',
      ],
      standards: ['CCSS.MATH.CONTENT.7.RP.A.2.C'],
      materials: ['representation cards (12)', 'mini whiteboards', 'Grade 7 team common task'],
      segments: [
        {
          title: 'Do Now',
          kind: 'opening',
          minutes: 5,
          grouping: 'individual',
          description: 'Find k from one graph and one table.',
          checkForUnderstanding: {
            technique: 'Mini whiteboards',
            question: 'What is k in each?',
            decisionRule: 'If fewer than 75% get both, start the launch with one more graph before equations.',
          },
        },
        {
          title: 'Launch',
          kind: 'instruction',
          minutes: 8,
          grouping: 'whole-class',
          description:
            'I model turning "every pound of apples costs $2.40" into y = 2.4x, then ask: why does the equation have nothing added at the end?',
        },
        {
          title: 'Matching cards',
          kind: 'guided-practice',
          minutes: 14,
          grouping: 'pairs',
          description:
            'Pairs match 12 cards (tables, graphs, stories, equations) into four sets and explain each match to each other with "These match because…".',
          checkForUnderstanding: {
            technique: 'Hinge question',
            question: 'Which equation matches "5 notebooks cost $8.75"? A) y = 5x B) y = 1.75x C) y = 8.75x',
            decisionRule: 'If more than a quarter choose A, regroup those students with me for the unit-rate step.',
          },
        },
        {
          title: 'Team common task',
          kind: 'independent-practice',
          minutes: 12,
          grouping: 'individual',
          description: 'Five situations: write an equation for each and use it to predict a new value.',
        },
        {
          title: 'Two equations, one situation',
          kind: 'discussion',
          minutes: 5,
          grouping: 'whole-class',
          description:
            'Accountable talk: two students present different equations for the same situation; the class decides whether both can be right and justifies why.',
        },
        {
          title: 'Closure',
          kind: 'closure',
          minutes: 6,
          grouping: 'individual',
          description: 'Exit ticket, then a one-line self-assessment against the success criteria.',
        },
      ],
      supports: [
        {
          for: 'English learners',
          description:
            'Word bank (constant, proportional, per, each) with examples, and the frame "y equals ___ times x because each ___ costs ___."',
        },
        {
          for: 'Students working above grade level',
          description: 'Write the equation both ways (y = kx and x = y ÷ k) and explain when each is useful.',
        },
      ],
      exitTicket:
        'A printer prints 45 pages in 3 minutes. Write an equation for the pages y printed in x minutes and use it to predict how many pages it prints in 7 minutes.',
      rationale: {
        'objectives[0]': "This is the Grade 7 team's common task; we compare results at Thursday's meeting.",
        'segments[2].grouping': 'Pairs, so every student explains at least one match aloud.',
      },
    },
    {
      title: 'Comparing proportional relationships: phone plans',
      objectives: [
        'Students will compare two proportional relationships given in different representations and decide which has the greater rate.',
      ],
      successCriteria: [
        'I can find k in each representation.',
        'I can compare rates and explain which plan is better.',
      ],
      standards: ['CCSS.MATH.CONTENT.7.RP.A.2'],
      materials: ['phone plan task (table, graph, equation, description)', 'chart paper', 'markers'],
      segments: [
        {
          title: 'Warm-up',
          kind: 'opening',
          minutes: 5,
          grouping: 'whole-class',
          description: 'Which is the better deal: 3 for $4.50 or 5 for $7.00?',
          checkForUnderstanding: { technique: 'Finger vote', question: 'Which is the better deal?' },
        },
        {
          title: 'Task launch',
          kind: 'instruction',
          minutes: 5,
          grouping: 'whole-class',
          description: 'We read the phone plan task together and check the vocabulary (data, per gigabyte).',
        },
        {
          title: 'Group task',
          kind: 'guided-practice',
          minutes: 30,
          grouping: 'small-groups',
          description:
            'Groups compare four phone plans given as a table, a graph, an equation and a description, and make a poster recommending one plan to a family that uses 6 GB a month.',
        },
        {
          title: 'Poster share',
          kind: 'discussion',
          minutes: 10,
          grouping: 'whole-class',
          description: 'Two groups present their recommendation.',
        },
      ],
    },
    {
      title: 'Check-in quiz: proportional relationships',
      objectives: [
        'Students will show what they know about proportional relationships in tables, graphs and equations on a 6-question quiz, scoring at least 4 of 6.',
      ],
      successCriteria: [
        'I can decide whether a relationship is proportional and justify it.',
        'I can find k and write y = kx.',
      ],
      standards: ['CCSS.MATH.CONTENT.7.RP.A.2'],
      materials: ['review cards', 'quiz (two versions)', 'sticky notes'],
      segments: [
        {
          title: 'Review: quiz-quiz-trade',
          kind: 'opening',
          minutes: 10,
          grouping: 'small-groups',
          description: 'Quiz-quiz-trade with eight review cards.',
          checkForUnderstanding: {
            technique: 'Circulate',
            question: 'What is k, and how do you know?',
            decisionRule: 'If a group is stuck on the graph cards, review (1, k) with the whole class before the quiz.',
          },
        },
        {
          title: 'Quiz',
          kind: 'assessment',
          minutes: 22,
          grouping: 'individual',
          description: 'Six questions: two tables, two graphs, two word problems.',
        },
        {
          title: 'Error analysis',
          kind: 'discussion',
          minutes: 12,
          grouping: 'pairs',
          description:
            'Pairs get a worked solution with one mistake and explain the error and how to fix it, using "The mistake is… because…".',
        },
        {
          title: 'Closure',
          kind: 'closure',
          minutes: 6,
          grouping: 'whole-class',
          description:
            'Students rate their confidence on each success criterion (fist to five) and write one question for Monday.',
        },
      ],
      supports: [
        {
          for: 'Students with extended time',
          description: "Quiz in two parts; part 2 is finished during Monday's warm-up.",
        },
        { for: 'English learners', description: 'Glossary of quiz words (proportional, constant, per) with pictures.' },
      ],
      exitTicket: 'The quiz itself, and a sticky note with the fist-to-five confidence ratings.',
    },
    {
      title: 'Unit rates with fractions',
      objectives: ['Students will learn how to compute unit rates with fractions.'],
      successCriteria: ['I can divide fractions to find a rate for one whole unit.'],
      standards: ['CCSS.MATH.CONTENT.7.RP.A.1'],
      materials: ['fraction strips', 'tape-diagram template'],
      segments: [
        {
          title: 'Number talk',
          kind: 'opening',
          minutes: 8,
          grouping: 'whole-class',
          description: 'How many 1/4-cup scoops are in 2 cups? Students share strategies and I record them.',
          checkForUnderstanding: {
            technique: 'Cold call',
            question: 'How did you get 8?',
            decisionRule:
              'If most students reason with 4 scoops per cup, move on to the recipe problem; if not, draw the tape diagram together.',
          },
        },
        {
          title: 'Mini-lesson',
          kind: 'instruction',
          minutes: 12,
          grouping: 'whole-class',
          description: 'I model a complex fraction: walking 1/2 mile in 1/4 hour — how far in one hour?',
        },
        {
          title: 'Partner practice',
          kind: 'guided-practice',
          minutes: 15,
          grouping: 'pairs',
          description: 'Recipe and running problems with tape diagrams; partners take turns explaining their diagram.',
          checkForUnderstanding: {
            technique: 'Circulate',
            question: 'What does your diagram show for one whole hour?',
          },
        },
        {
          title: 'Independent practice',
          kind: 'independent-practice',
          minutes: 10,
          grouping: 'individual',
          description: 'Four problems from the workbook.',
        },
        {
          title: 'Exit ticket',
          kind: 'closure',
          minutes: 5,
          grouping: 'individual',
          description: 'One problem, collected at the door.',
        },
      ],
      supports: [
        {
          for: 'Students who need support with fractions',
          description: 'Fraction strips and a tape-diagram template with the whole already drawn.',
        },
      ],
      exitTicket: 'Maya paints 2/3 of a wall in 1/2 hour. How much of the wall does she paint in one hour?',
    },
  ],
};

const math8: DemoCourse = {
  teacher: 'teacher@example.org',
  classes: ['Math 8 — Period 5'],
  previousWeek: [
    {
      weekday: 5,
      taughtTo: [
        {
          section: 0,
          reflection: {
            whatHappened:
              'We did the slope packet. It went long and we did not get to the exit ticket. The class was chatty.',
            nextTime: 'Keep the packet shorter.',
          },
        },
      ],
      lesson: {
        title: 'Slope as rate of change',
        objectives: ['Students will know that slope is a rate of change.'],
        standards: ['CCSS.MATH.CONTENT.8.EE.B.5'],
        materials: ['guided packet', 'slope worksheet'],
        segments: [
          {
            title: 'Do Now',
            kind: 'opening',
            minutes: 5,
            grouping: 'individual',
            description: 'Graph y = 2x on the grid.',
          },
          {
            title: 'Guided packet',
            kind: 'instruction',
            minutes: 25,
            grouping: 'whole-class',
            description:
              'Rise over run, positive and negative slope, slope as a rate in a table. I work through six examples on the board.',
          },
          {
            title: 'Worksheet',
            kind: 'independent-practice',
            minutes: 15,
            grouping: 'individual',
            description: 'Find the slope of ten lines.',
          },
          {
            title: 'Exit ticket',
            kind: 'assessment',
            minutes: 5,
            grouping: 'individual',
            description: 'Two slope questions.',
          },
        ],
        exitTicket: 'Find the slope of the line through (0, 1) and (2, 5).',
      },
    },
  ],
  week: [
    {
      title: 'Slope from two points',
      objectives: [
        'Students will calculate the slope of a line from two points using the slope formula, correctly for at least 4 of 5 pairs of points.',
      ],
      successCriteria: [
        'I can find the rise and the run between two points.',
        'I can explain why the order of the points does not change the slope.',
      ],
      standards: ['CCSS.MATH.CONTENT.8.F.B.4'],
      materials: ['mini whiteboards', 'slope formula cards'],
      segments: [
        {
          title: 'Warm-up',
          kind: 'opening',
          minutes: 5,
          grouping: 'individual',
          description: 'Count rise and run for two lines on a grid.',
          checkForUnderstanding: {
            technique: 'Mini whiteboards',
            question: 'What is the slope of each line?',
            decisionRule: 'If fewer than 70% are right, redo one line together, counting squares aloud.',
          },
        },
        {
          title: 'From counting to the formula',
          kind: 'instruction',
          minutes: 10,
          grouping: 'whole-class',
          description:
            'I show why (y₂ − y₁) ÷ (x₂ − x₁) is the rise over the run, using two points too far apart to count squares.',
        },
        {
          title: 'Partner practice',
          kind: 'guided-practice',
          minutes: 15,
          grouping: 'pairs',
          description:
            'Partner A computes with the points in one order, partner B in the other; they compare and discuss why their answers match.',
          checkForUnderstanding: {
            technique: 'Circulate',
            question: 'Why did you both get the same slope?',
            decisionRule: 'If several pairs get opposite signs, stop and model the subtraction order with one example.',
          },
        },
        {
          title: 'Independent practice',
          kind: 'independent-practice',
          minutes: 12,
          grouping: 'individual',
          description: 'Eight pairs of points, including negative coordinates.',
        },
        {
          title: 'Closure',
          kind: 'closure',
          minutes: 8,
          grouping: 'individual',
          description:
            'Exit ticket, then a quick write: which mistake am I most likely to make, and how will I catch it?',
        },
      ],
      supports: [
        {
          for: 'Students with IEPs',
          description: 'Slope formula card with the x and y values colour-coded.',
        },
      ],
      exitTicket:
        'Calculate the slope of the line through (−2, 3) and (4, −6), and explain what its sign tells you about the line.',
    },
    {
      title: 'Similar triangles and slope',
      visibility: 'coach',
      objectives: [
        'Students will use similar triangles to explain why the slope is the same between any two points on a line, justifying it with at least two triangles.',
      ],
      successCriteria: [
        'I can draw slope triangles on a line.',
        'I can show that the triangles are similar.',
        'I can justify why the slope stays the same.',
      ],
      standards: ['CCSS.MATH.CONTENT.8.EE.B.6'],
      materials: ['patty paper', 'graph paper', 'rulers'],
      segments: [
        {
          title: 'Turn and talk',
          kind: 'opening',
          minutes: 5,
          grouping: 'pairs',
          description: 'Is the line steeper at the top of the graph? Why or why not?',
          checkForUnderstanding: {
            technique: 'Cold call',
            question: 'Is the line steeper between (0, 1) and (2, 4) or between (2, 4) and (6, 10)?',
            decisionRule: 'If more than half say the slope changes, give the exploration 3 extra minutes.',
          },
        },
        {
          title: 'Exploration',
          kind: 'guided-practice',
          minutes: 15,
          grouping: 'pairs',
          description:
            'Pairs draw three slope triangles of different sizes on the same line and trace them on patty paper to compare.',
          checkForUnderstanding: {
            technique: 'Circulate',
            question: 'What do you notice about the ratios of the sides?',
            decisionRule: 'If pairs only compare side lengths, prompt them to compute rise ÷ run for each triangle.',
          },
        },
        {
          title: 'Discussion',
          kind: 'discussion',
          minutes: 10,
          grouping: 'whole-class',
          description:
            'Accountable talk: how do similar triangles prove that the slope is the same everywhere on the line? Students build on each other with "I agree with ___ because…".',
          checkForUnderstanding: {
            technique: 'Cold call',
            question: 'Why are the two triangles similar?',
            decisionRule:
              'If students cannot name the equal angles, go back to the patty-paper tracing before independent practice.',
          },
        },
        {
          title: 'Independent practice',
          kind: 'independent-practice',
          minutes: 12,
          grouping: 'individual',
          description: 'Three lines: draw two slope triangles on each and justify the slope.',
        },
        {
          title: 'Closure',
          kind: 'closure',
          minutes: 8,
          grouping: 'individual',
          description: 'Exit ticket, then students self-assess against the success criteria.',
        },
      ],
      supports: [
        {
          for: 'English learners',
          description:
            'Visual glossary (similar, ratio, corresponding sides) and the frame "The triangles are similar because…".',
        },
        { for: 'Students ready for more', description: 'Prove it for a line with a negative slope.' },
      ],
      exitTicket:
        'Draw two slope triangles on the line y = 3/4 x + 1 and justify why both triangles give the same slope.',
      rationale: {
        'segments[1].grouping':
          'Pairs, so that each student draws and one checks: the proof starts from what they see.',
      },
    },
    {
      title: 'y = mx + b: what does b mean?',
      objectives: [
        'Students will interpret the slope and the y-intercept of a linear function in context, using a graph or a table.',
      ],
      successCriteria: ['I can find b on a graph and in a table.', 'I can say what m and b mean in a story.'],
      standards: ['CCSS.MATH.CONTENT.8.F.B.4'],
      materials: ['story-graph-equation cards'],
      segments: [
        {
          title: 'Do Now',
          kind: 'opening',
          minutes: 5,
          grouping: 'individual',
          description: 'A taxi charges $3 plus $2 per mile: make a table for 0 to 4 miles.',
          checkForUnderstanding: { technique: 'Show me', question: 'What is the cost at 0 miles?' },
        },
        {
          title: 'Short packet',
          kind: 'instruction',
          minutes: 6,
          grouping: 'whole-class',
          description: 'The packet is one page this time: one example, slope and y-intercept on the taxi graph.',
        },
        {
          title: 'Card match',
          kind: 'guided-practice',
          minutes: 15,
          grouping: 'pairs',
          description: 'Match stories to graphs and equations; for each set, write what m and b mean.',
        },
        {
          title: 'Independent practice',
          kind: 'independent-practice',
          minutes: 16,
          grouping: 'individual',
          description: 'Five context problems.',
        },
        {
          title: 'Closure',
          kind: 'closure',
          minutes: 8,
          grouping: 'whole-class',
          description: 'Turn and talk: why is b the starting value? Then the exit ticket.',
        },
      ],
      supports: [
        {
          for: 'English learners',
          description: 'Sentence frame: "___ is the starting amount because…".',
        },
      ],
      exitTicket:
        'A plumber charges $45 to come to your house plus $30 per hour. Write the equation and explain what the slope and the y-intercept mean.',
    },
    {
      title: 'Comparing functions',
      objectives: ['Students will explore functions and their representations.'],
      standards: ['CCSS.MATH.CONTENT.8.F.A.2'],
      materials: ['slides', 'video', 'worksheet'],
      segments: [
        {
          title: 'Vocabulary',
          kind: 'opening',
          minutes: 5,
          grouping: 'individual',
          description:
            'Students copy the words of the day into their glossary: function, input, output, rate of change.',
        },
        {
          title: 'Lecture',
          kind: 'instruction',
          minutes: 20,
          grouping: 'whole-class',
          description:
            'I present tables, graphs, equations and verbal descriptions of functions on slides; students copy the examples.',
        },
        {
          title: 'Video',
          kind: 'other',
          minutes: 10,
          grouping: 'whole-class',
          description: 'Video on comparing functions.',
        },
        {
          title: 'Worksheet',
          kind: 'independent-practice',
          minutes: 15,
          grouping: 'individual',
          description: 'Worksheet page 3; finish for homework.',
        },
      ],
    },
    {
      title: 'Linear or not? A Desmos card sort',
      objectives: [
        'Students will classify functions as linear or nonlinear from tables, graphs and equations, correctly for at least 8 of 10 cards.',
      ],
      successCriteria: [
        'I can check a table for a constant rate of change.',
        'I can explain why y = x² is not linear.',
      ],
      standards: ['CCSS.MATH.CONTENT.8.F.A.3'],
      materials: ['Chromebooks', 'Desmos activity', 'printed card sort'],
      segments: [
        {
          title: "Which one doesn't belong?",
          kind: 'opening',
          minutes: 5,
          grouping: 'pairs',
          description: 'Four graphs on the screen; turn and talk.',
          checkForUnderstanding: { technique: 'Cold call', question: 'Which graph does not belong, and why?' },
        },
        {
          title: 'Desmos card sort',
          kind: 'guided-practice',
          minutes: 18,
          grouping: 'pairs',
          description: 'Pairs sort ten cards in the Desmos activity while I watch the teacher dashboard.',
          checkForUnderstanding: {
            technique: 'Monitor the Desmos dashboard',
            question: 'Is a table whose y-values go up 3, 3, 3 linear?',
            decisionRule:
              'If more than 5 students misplace the quadratic table, pause the screens and discuss it together.',
          },
        },
        {
          title: 'Create your own',
          kind: 'independent-practice',
          minutes: 17,
          grouping: 'individual',
          description: 'Desmos screens 8–14: create one table that is linear and one that is not.',
        },
        {
          title: 'Closure',
          kind: 'closure',
          minutes: 10,
          grouping: 'whole-class',
          description:
            'Students compare their tables with a partner, two pairs share, and everyone answers the exit ticket on the last screen.',
        },
      ],
      supports: [
        {
          for: 'Students who need a paper version',
          description: 'Printed card sort and the same tables on a handout.',
        },
      ],
      exitTicket: 'Is the function in this table linear? x: 0, 1, 2, 3; y: 1, 4, 9, 16. Explain how you know.',
    },
    {
      title: 'Writing linear models from a context',
      objectives: ['Students will write a linear equation for a situation given two data points.'],
      successCriteria: ['I can find the rate of change from two points.', 'I can find the starting value.'],
      standards: ['CCSS.MATH.CONTENT.8.F.B.4'],
      materials: ['mini whiteboards', 'context cards'],
      segments: [
        {
          title: 'Warm-up',
          kind: 'opening',
          minutes: 5,
          grouping: 'individual',
          description: 'Find the slope through (2, 30) and (5, 60).',
          checkForUnderstanding: {
            technique: 'Mini whiteboards',
            question: 'What is the slope?',
            decisionRule: 'If fewer than 80% are right, do one more slope problem together.',
          },
        },
        {
          title: 'Example',
          kind: 'instruction',
          minutes: 12,
          grouping: 'whole-class',
          description: "I model the gym membership problem: from two months' costs to y = mx + b.",
        },
        {
          title: 'Group practice',
          kind: 'guided-practice',
          minutes: 15,
          grouping: 'small-groups',
          description: 'Groups solve three context problems and present one.',
        },
        {
          title: 'Independent practice',
          kind: 'independent-practice',
          minutes: 12,
          grouping: 'individual',
          description: 'Two problems from the textbook.',
        },
        {
          title: 'Exit ticket',
          kind: 'closure',
          minutes: 6,
          grouping: 'individual',
          description: 'One problem on a half sheet.',
        },
      ],
      exitTicket: 'A plant is 4 cm tall after 2 weeks and 10 cm tall after 5 weeks. Write an equation for its height.',
    },
  ],
};

export const demoCoursesEn: DemoCourse[] = [math7, math8];
