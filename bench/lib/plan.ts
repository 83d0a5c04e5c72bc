import type { z } from 'zod';
import type { LessonPlanDraft } from '#core/contracts/lesson-plans';
import { CreateLessonPlanBody } from '#core/contracts/planning';
import type { lessonPlans } from '../../server/src/modules/planning/planning.table';

/**
 * The lesson plan the plan-read and plan-save scenarios measure: what a teacher who uses the
 * planner fully writes for one period (about 600 words, 8 segments, each with a check for
 * understanding, plus success criteria, supports and an exit ticket), so the request and
 * response bodies and the jsonb document are the size of a real plan, not of a stub.
 */

/** Seeded plans are owned by the session teachers; `session` indexes the sign-in pool's cookies. */
export type BenchPlan = { id: string; session: number };

/**
 * The one word of the objective that every save changes, so each PUT stores a real new
 * version. The word sent with `version` v is WORDS[v % length]: consecutive saves always differ,
 * and the word follows from the version alone (no per-connection counter to keep).
 */
const WORDS = ['declines', 'disappears', 'doubles', 'recovers', 'collapses', 'migrates', 'shrinks', 'grows'] as const;
const MARK = '@@word@@';

const cfu = (technique: string, question: string, decisionRule: string) => ({ technique, question, decisionRule });

function draft(word: string): LessonPlanDraft {
  return {
    title: 'How energy moves through a food web',
    periodMinutes: 50,
    locale: 'en',
    objectives: [
      `Students will trace how energy moves from producers to consumers and decomposers, and use evidence from a food web model to predict what happens to the other populations when one population ${word}.`,
    ],
    successCriteria: [
      'I can draw arrows that show the direction energy moves in a food web.',
      'I can explain why less energy is available at each level.',
      'I can predict and justify a change in the web when one population changes.',
    ],
    standards: ['NGSS.MS-LS2-3', 'NGSS.MS-LS2-2'],
    materials: ['organism cards', 'yarn', 'food web handout', 'mini whiteboards', 'timer'],
    segments: [
      {
        title: 'Do Now: what did you eat?',
        kind: 'opening',
        minutes: 5,
        grouping: 'individual',
        description:
          'Students trace their breakfast back to the sun in a chain of arrows on a mini whiteboard. I note who draws arrows toward the eater.',
        checkForUnderstanding: cfu(
          'Mini whiteboards',
          'Which way does the arrow point between the grass and the cow, and why?',
          'If more than a quarter point the arrows backward, model one chain again before the launch.',
        ),
      },
      {
        title: 'Launch: the missing wolves',
        kind: 'opening',
        minutes: 6,
        grouping: 'whole-class',
        description:
          'A short video about the Yellowstone wolves. Students turn and talk: what changed after the wolves returned, and why? I collect three ideas.',
        checkForUnderstanding: cfu(
          'Turn and talk',
          'Name one population that changed and one reason it might have changed.',
          'If no pair mentions the elk, ask what wolves eat before moving on.',
        ),
      },
      {
        title: 'Mini-lesson: producers, consumers, decomposers',
        kind: 'instruction',
        minutes: 8,
        grouping: 'whole-class',
        description:
          'I build a food web from the organism cards, thinking aloud about each arrow, and show with a ten percent example why a web has few top predators.',
        checkForUnderstanding: cfu(
          'Cold call',
          'If the plants store 10,000 units of energy, about how much reaches the owl?',
          'If answers stay above 1,000, repeat the example with one more level.',
        ),
      },
      {
        title: 'Guided practice: build a web',
        kind: 'guided-practice',
        minutes: 8,
        grouping: 'pairs',
        description:
          'Pairs connect eight organism cards with yarn and label each as producer, consumer or decomposer. I circulate and ask partners to explain one arrow.',
        checkForUnderstanding: cfu(
          'Circulate and check',
          'Show me an organism that is both prey and predator in your web.',
          'Pairs without one get a hint card; after two minutes I regroup them with a pair that is done.',
        ),
      },
      {
        title: 'Hinge question',
        kind: 'assessment',
        minutes: 3,
        grouping: 'whole-class',
        description: 'One multiple-choice question, answered together with fingers on the count of three.',
        checkForUnderstanding: cfu(
          'Hinge question',
          'The snakes disappear. What happens first to the mice: A more, B fewer, C no change?',
          'If more than a third choose B, pull that group to the back table during the next task.',
        ),
      },
      {
        title: 'Investigation: change one population',
        kind: 'independent-practice',
        minutes: 10,
        grouping: 'small-groups',
        description:
          'Each group removes or doubles one population in its web and records the chain of effects in a table, with the evidence for each step.',
        checkForUnderstanding: cfu(
          'Group table check',
          'Which effect did you predict with the least evidence?',
          'Groups with no evidence column get a sentence starter card.',
        ),
      },
      {
        title: 'Discussion: same change, different webs',
        kind: 'discussion',
        minutes: 6,
        grouping: 'whole-class',
        description:
          'Two groups that changed the same population compare predictions. The class decides which chain is better supported, using agree and disagree stems.',
        checkForUnderstanding: cfu(
          'Agree or disagree',
          'Which prediction has the stronger evidence, and what would change your mind?',
          'If the talk stays at opinions, ask for one piece of data before going on.',
        ),
      },
      {
        title: 'Closure and exit ticket',
        kind: 'closure',
        minutes: 4,
        grouping: 'individual',
        description:
          'Students read the success criteria, rate themselves, and answer the exit ticket alone. I sort the tickets tonight to plan tomorrow.',
        checkForUnderstanding: cfu(
          'Self-assessment',
          'Which success criterion are you least sure of, and why?',
          'Students below two of three criteria start tomorrow with me at the back table.',
        ),
      },
    ],
    supports: [
      {
        for: 'English learners',
        description:
          'A picture glossary of the organisms and sentence frames such as "When the ___ decrease, the ___ will ___ because ___".',
      },
      { for: 'Early finishers', description: 'Add a decomposer to the web and explain where its energy comes from.' },
    ],
    exitTicket:
      'Draw a food chain of four organisms. Explain what happens to the third if the first disappears, and why less energy reaches the top.',
    rationale: {
      'segments[4]': 'Shows who still thinks in single chains before the investigation.',
    },
  };
}

/** The plan as a client sends it (POST or PUT without version), with the word for `version`. */
export const planBody = (version = 0): LessonPlanDraft => draft(WORDS[version % WORDS.length]!);

/**
 * The PUT body for a given version, built by splicing rather than JSON.stringify on every
 * request, so the load generator spends its CPU sending requests, not building them.
 */
export function saveBodyBuilder(): (version: number) => string {
  const json = JSON.stringify(draft(MARK));
  const [before, after] = json.slice(1).split(MARK) as [string, string];
  return (version) => `{"version":${version},${before}${WORDS[version % WORDS.length]}${after}`;
}

type PlanInsert = typeof lessonPlans.$inferInsert;

/**
 * A seeded plan row, split into columns and jsonb content exactly as the planning service does
 * (`toValues`): the body goes through the API's own schema first, so defaults are applied.
 */
export function planRow(
  body: LessonPlanDraft,
  ids: { id: string; organizationId: string; ownerId: string; classId: string; date: string },
): PlanInsert {
  const parsed: z.infer<typeof CreateLessonPlanBody> = CreateLessonPlanBody.parse({ ...body, classId: ids.classId });
  const { classId, title, date: _date, locale, visibility, status: _status, ...content } = parsed;
  return {
    id: ids.id,
    organizationId: ids.organizationId,
    ownerId: ids.ownerId,
    classId: classId ?? null,
    title,
    date: ids.date,
    locale: locale ?? 'en',
    visibility,
    content,
  };
}

/** Words in every string of a plan (what a teacher typed). */
export function words(value: unknown): number {
  if (typeof value === 'string') return value.split(/\s+/).filter(Boolean).length;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + words(v), 0);
  if (value && typeof value === 'object') return Object.values(value).reduce((n: number, v) => n + words(v), 0);
  return 0;
}

/**
 * Each plan's current version, read through the server under test with its owner's session.
 * plan-save starts every run from these: a run that stops mid-request leaves the server one
 * version ahead of what its connection last saw.
 */
export async function readVersions(baseUrl: string, plans: BenchPlan[], cookies: string[]) {
  const versions = new Map<string, number>();
  for (const plan of plans) {
    const response = await fetch(`${baseUrl}/api/v1/lesson-plans/${plan.id}`, {
      headers: { cookie: cookies[plan.session]! },
    });
    const text = await response.text();
    if (response.status !== 200) throw new Error(`GET plan ${plan.id}: HTTP ${response.status} ${text.slice(0, 200)}`);
    versions.set(plan.id, (JSON.parse(text) as { version: number }).version);
  }
  return versions;
}
