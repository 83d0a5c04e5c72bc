import type { Rule } from '../types';
import { alignmentBloomGap } from './alignment-bloom-gap';
import { alignmentExitTicketObjective } from './alignment-exit-ticket-objective';
import { carryForwardUnaddressed } from './carry-forward-unaddressed';
import { cfuLongGap } from './cfu-long-gap';
import { cfuMissing } from './cfu-missing';
import { cfuNoDecisionRule } from './cfu-no-decision-rule';
import { closureMissing } from './closure-missing';
import { closureTooShort } from './closure-too-short';
import { exitTicketMissing } from './exit-ticket-missing';
import { focusAbsent } from './focus-absent';
import { objectiveMissing } from './objective-missing';
import { objectiveNoCriterion } from './objective-no-criterion';
import { objectiveNoStudentFrame } from './objective-no-student-frame';
import { objectiveTooMany } from './objective-too-many';
import { objectiveVagueVerb } from './objective-vague-verb';
import { questionsNoHigherOrder } from './questions-no-higher-order';
import { rationalePrompt } from './rationale-prompt';
import { strengthAlignedExitTicket } from './strength-aligned-exit-ticket';
import { strengthCfuWithDecisionRule } from './strength-cfu-with-decision-rule';
import { strengthHigherOrder } from './strength-higher-order';
import { strengthMeasurableObjective } from './strength-measurable-objective';
import { strengthSpecificSupports } from './strength-specific-supports';
import { strengthStructuredTalk } from './strength-structured-talk';
import { successCriteriaMissing } from './success-criteria-missing';
import { supportsGeneric } from './supports-generic';
import { supportsMissing } from './supports-missing';
import { talkNoStructure } from './talk-no-structure';
import { talkTeacherDominated } from './talk-teacher-dominated';
import { timingMismatch } from './timing-mismatch';
import { timingMissingMinutes } from './timing-missing-minutes';

/** Every rule, in the order the insights are shown: strengths first (feedback starts with one). */
export const RULES: readonly Rule[] = [
  strengthMeasurableObjective,
  strengthAlignedExitTicket,
  strengthCfuWithDecisionRule,
  strengthStructuredTalk,
  strengthHigherOrder,
  strengthSpecificSupports,
  objectiveMissing,
  objectiveVagueVerb,
  objectiveNoStudentFrame,
  objectiveTooMany,
  objectiveNoCriterion,
  successCriteriaMissing,
  timingMissingMinutes,
  timingMismatch,
  closureMissing,
  closureTooShort,
  cfuMissing,
  cfuNoDecisionRule,
  cfuLongGap,
  exitTicketMissing,
  alignmentExitTicketObjective,
  alignmentBloomGap,
  talkNoStructure,
  talkTeacherDominated,
  questionsNoHigherOrder,
  supportsMissing,
  supportsGeneric,
  carryForwardUnaddressed,
  focusAbsent,
  rationalePrompt,
];
