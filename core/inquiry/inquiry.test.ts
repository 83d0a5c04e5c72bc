import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INQUIRY_STAGES, type InquiryStage, OPEN_INQUIRY_STAGES } from '../contracts/inquiry';
import {
  checkQuestion,
  isStale,
  mayStandAt,
  QUESTION_HINT_TEXT,
  STAGE_RULE_TEXT,
  type StageFacts,
  stageIndex,
  stageProblems,
} from './index';

const empty: StageFacts = { prediction: null, evidence: [], result: null, reflection: null };
const ready: StageFacts = {
  prediction: 'More than half will explain their method.',
  evidence: [{ kind: 'exit-ticket', description: 'Students who explain their method, of those present.' }],
  result: '62 % explained it; I predicted more than half.',
  reflection: 'Sentence frames helped; next time I will model one first.',
};

describe('stage rules', () => {
  it('lets a new inquiry stand in "learn" and nowhere later', () => {
    expect(stageProblems(empty, 'learn')).toEqual([]);
    expect(stageProblems(empty, 'try')).toEqual(['prediction', 'evidence']);
    expect(stageProblems(empty, 'reflect')).toEqual(['prediction', 'evidence', 'result']);
    expect(stageProblems(empty, 'share')).toEqual(['prediction', 'evidence', 'result', 'reflection']);
  });

  it('needs a prediction AND a measurable evidence source before "try"', () => {
    expect(stageProblems({ ...empty, prediction: 'They will explain.' }, 'try')).toEqual(['evidence']);
    expect(stageProblems({ ...empty, evidence: ready.evidence }, 'try')).toEqual(['prediction']);
    // Blank words are not a prediction, nor a source that says nothing of what is counted.
    expect(
      stageProblems({ ...empty, prediction: '   ', evidence: [{ kind: 'other', description: ' ' }] }, 'try'),
    ).toEqual(['prediction', 'evidence']);
    expect(
      stageProblems({ ...empty, prediction: ready.prediction, evidence: ready.evidence }, 'gather-evidence'),
    ).toEqual([]);
  });

  it('asks for the result (against the prediction) before "reflect" and the reflection before "share"', () => {
    expect(stageProblems({ ...ready, result: null }, 'reflect')).toEqual(['result']);
    expect(stageProblems({ ...ready, reflection: null }, 'reflect')).toEqual([]);
    expect(stageProblems({ ...ready, reflection: null }, 'share')).toEqual(['reflection']);
    for (const stage of INQUIRY_STAGES) expect(mayStandAt(ready, stage)).toBe(true);
  });

  it('has a sentence in both languages for every rule and hint', () => {
    for (const texts of [...Object.values(STAGE_RULE_TEXT), ...Object.values(QUESTION_HINT_TEXT)]) {
      expect(texts.en.length).toBeGreaterThan(10);
      expect(texts.es.length).toBeGreaterThan(10);
    }
  });

  it('never lets any path of edits and moves reach "try" or later without a prediction and an evidence source', () => {
    const text = fc.option(fc.constantFrom('', '  ', 'They will explain.', '62 %'), { nil: null });
    const edit = fc.record(
      {
        prediction: text,
        evidence: fc.array(
          fc.record({ kind: fc.constantFrom('exit-ticket', 'survey'), description: fc.constantFrom('', ' ', 'count') }),
          { maxLength: 2 },
        ),
        result: text,
        reflection: text,
      },
      { requiredKeys: [] },
    );
    const step = fc.record({ edit, stage: fc.option(fc.constantFrom(...OPEN_INQUIRY_STAGES), { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), (steps) => {
        let facts: StageFacts = empty;
        let stage: InquiryStage = 'learn';
        for (const { edit: change, stage: target } of steps) {
          const next = { ...facts, ...change };
          const nextStage: InquiryStage = target ?? stage;
          // What the service does: the edit and the move are applied together, or refused together.
          if (!mayStandAt(next, nextStage)) continue;
          facts = next;
          stage = nextStage;
          if (stageIndex(stage) >= stageIndex('try')) {
            expect((facts.prediction ?? '').trim()).not.toBe('');
            expect(facts.evidence.some((e) => e.description.trim() !== '')).toBe(true);
          }
        }
      }),
    );
  });
});

describe('stale inquiries', () => {
  it('nudges only after more than 21 days open', () => {
    expect(isStale('2099-01-01', '2099-01-22', false)).toBe(false);
    expect(isStale('2099-01-01', '2099-01-23', false)).toBe(true);
    expect(isStale('2099-01-01', '2099-03-01', true)).toBe(false);
  });
});

describe('question helper', () => {
  it('is quiet for "If I …, will my students …?" in English and Spanish', () => {
    expect(checkQuestion('If I use think-pair-share, will my students explain their reasoning?').hints).toEqual([]);
    expect(checkQuestion('If we add sentence frames, will more students cite evidence?').hints).toEqual([]);
    expect(checkQuestion('Si uso tarjetas de salida, ¿mis estudiantes explicarán su método?').hints).toEqual([]);
    expect(checkQuestion('¿Qué pasa si modelo el razonamiento en voz alta con mis alumnos?').hints).toEqual([]);
  });

  it('hints, most important first, and never on a blank question', () => {
    expect(checkQuestion('   ')).toMatchObject({ blank: true, hints: [] });
    expect(checkQuestion('Exit tickets').hints).toEqual(['change', 'students', 'question']);
    expect(checkQuestion('Will my students explain more?').hints).toEqual(['change']);
    expect(checkQuestion('If I use exit tickets, will they explain more?').hints).toEqual(['students']);
    expect(checkQuestion('If I use exit tickets my students will explain more').hints).toEqual(['question']);
  });
});
