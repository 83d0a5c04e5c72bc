import { lessonInternalisation, unitInternalisation } from './internalisation';
import { dataMeeting, lessonStudy } from './lesson-study';
import type { BuiltInProtocol } from './schema';
import { lookingAtStudentWork, tuning } from './student-work';

export * from './schema';

/** The built-in templates every district starts with, in the order a team meets them in a year. */
export const BUILT_IN_PROTOCOLS: readonly BuiltInProtocol[] = [
  unitInternalisation,
  lessonInternalisation,
  lookingAtStudentWork,
  tuning,
  lessonStudy,
  dataMeeting,
];

export const builtInProtocol = (id: string) => BUILT_IN_PROTOCOLS.find((p) => p.id === id) ?? null;
