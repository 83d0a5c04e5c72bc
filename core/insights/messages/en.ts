import type { BloomLevel } from '../lexicons/types';
import type { RuleId } from '../ruleset';

/**
 * English messages: questions and suggestions, never grades. {placeholders} are filled by
 * the rule with words from the plan.
 */
export const messagesEn: Record<RuleId, string> = {
  'objective.missing':
    'What should students be able to do by the end of this lesson? Writing it as an objective helps every other part line up.',
  'objective.vague-verb':
    'How will you see that students “{verb}”? An observable verb (explain, compare, solve, justify…) would show what to look for.',
  'objective.no-student-frame':
    'This objective reads like {what}. What will students do — could you start it with “Students will…” or “I can…”?',
  'objective.too-many':
    'This lesson has {count}. Could you focus on one or two, so that the checks and the exit ticket can follow them?',
  'objective.no-criterion':
    'How will you know the objective is met? A condition or degree (“given…”, “using…”, “3 of 4 correct”, “according to the rubric”) would make it visible.',
  'success-criteria.missing':
    'Consider adding success criteria: two or three “I can…” statements students can use to check their own work.',
  'timing.missing-minutes': 'Consider adding minutes to {count} so you can see whether the plan fits the period.',
  'timing.mismatch':
    'The segments add up to {sum} minutes for a {period}-minute period. Which part would you stretch or cut?',
  'closure.missing': 'Consider planning a closure where students, not the teacher, pull together what they learned.',
  'closure.too-short':
    'The closure has {minutes} minutes. Is that enough for students to do the synthesis themselves? Closure is often the first thing cut when time runs out.',
  'cfu.missing':
    'Where will you check that students understand before they {when}? A quick hinge question or whiteboards would tell you.',
  'cfu.no-decision-rule':
    'What will you do with the result of “{check}”? A decision rule (“if fewer than 70 % are correct, reteach with…”) makes the check actionable.',
  'cfu.long-gap':
    'About {minutes} minutes pass without a check for understanding ({segments}). Where could a quick check fit?',
  'exit-ticket.missing':
    'Consider adding an exit ticket: one short question tied to the objective tells you who is ready for tomorrow.',
  'alignment.exit-ticket-objective':
    'The exit ticket shares no key words with the objective ({terms}). Does it measure what the objective names?',
  'alignment.bloom-gap':
    'The objective asks students to {objectiveVerb} ({objectiveLevels}); the exit ticket asks them to {ticketVerb} ({ticketLevels}). Could the exit ticket ask for the same level of thinking?',
  'talk.no-structure':
    'Where will students talk to each other about the content? A routine such as turn-and-talk or think-pair-share gives every student a turn.',
  'talk.teacher-dominated':
    'About {percent} % of the minutes are whole-class segments led by the teacher. Where could students do more of the thinking and talking?',
  'questions.no-higher-order':
    'Which planned question asks students why or how, or to compare, justify or evaluate? One such question can deepen the discussion.',
  'supports.missing':
    'Who might need support or extension in this lesson (language, accommodations, early finishers)? What will you plan for them?',
  'supports.generic':
    '“{support}” names no group and no specific scaffold. Who is it for, and what exactly will they get (sentence frames, a word bank, a worked example…)?',
  'carry-forward.unaddressed': 'After the last lesson you wrote “{nextTime}”. Where does this plan pick that up?',
  'focus.absent': 'Your growth focus ({practice}) is not visible in this plan yet. Where could you try it ({terms})?',
  'rationale.prompt':
    'Why did you choose {decision}? A one-line “why” helps you and your colleagues learn from the lesson.',
  'strength.measurable-objective':
    'The objective names an observable action and how success will be judged: “{objective}”.',
  'strength.aligned-exit-ticket': 'The exit ticket checks the objective directly (shared terms: {terms}).',
  'strength.cfu-with-decision-rule':
    'The check “{check}” comes with a decision rule, so its result will change what happens next.',
  'strength.structured-talk': 'Students talk in a structured routine ({routine}), so every voice has a turn.',
  'strength.higher-order': 'The plan includes a higher-order question: “{question}”.',
  'strength.specific-supports': 'The supports name who they are for and a specific scaffold: “{support}”.',
};

export const partsEn = {
  bloom: {
    remember: 'Remember',
    understand: 'Understand',
    apply: 'Apply',
    analyze: 'Analyze',
    evaluate: 'Evaluate',
    create: 'Create',
  } satisfies Record<BloomLevel, string>,
  teacherActivity: 'something the teacher does',
  activity: 'an activity or topic',
  objectivesCount: '{n} objectives',
  verbsCount: 'an objective with {n} action verbs',
  segmentsCount: '{n} segments',
  independentPractice: 'start independent practice',
  endOfLesson: 'leave',
  decisionObjective: 'this objective',
  decisionCfu: 'this check for understanding',
  decisionGrouping: 'to run the longest segment as {grouping}',
  groupings: {
    'whole-class': 'whole class',
    'small-groups': 'small groups',
    pairs: 'pairs',
    individual: 'individual work',
  },
  absent: {
    objectives: 'No objective written.',
    successCriteria: 'No success criteria written.',
    criterion: 'No condition or degree in any objective or success criterion.',
    closure: 'No segment of kind closure and no closure in the segment texts.',
    cfu: 'No check for understanding before this point.',
    exitTicket: 'No exit ticket or final assessment.',
    talk: 'No structured student-talk routine in the segments.',
    higherOrder: 'No why/how/compare/justify/evaluate question in the segments or exit ticket.',
    supports: 'No supports listed.',
    minutes: 'No minutes.',
    rationale: 'No “why” note for this decision.',
    focus: 'None of the look-for terms appear in the plan.',
    carry: 'No shared content words with this plan.',
  },
  sum: 'Segments total {sum} min.',
  period: '{period} min',
};
